package com.mailindashboard.jobs;

import java.util.Arrays;
import java.util.List;

final class Texts {

    private Texts() {
    }

    static String fit(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    static String join(List<String> items) {
        return items == null || items.isEmpty() ? null : String.join("\n", items);
    }

    static List<String> split(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.split("\n"));
    }
}
