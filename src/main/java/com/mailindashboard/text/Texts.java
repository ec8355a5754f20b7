package com.mailindashboard.text;

import java.util.List;

/** Small text helpers for what is stored in columns of a given width or as line-separated lists. */
public final class Texts {

    private Texts() {
    }

    /** The text cut to {@code max} characters (ending with an ellipsis when cut); null stays null. */
    public static String fit(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** One item a line; null for no items. */
    public static String join(List<String> items) {
        return items == null || items.isEmpty() ? null : String.join("\n", items);
    }

    /** The items of {@link #join}; empty for null or blank. */
    public static List<String> split(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.split("\n"));
    }
}
