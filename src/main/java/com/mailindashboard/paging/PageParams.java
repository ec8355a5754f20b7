package com.mailindashboard.paging;

import java.util.List;

/**
 * Reads a list page's {@code page} and page-size parameters as typed in a URL, forgivingly: a
 * missing or unusable page is 1, a size that is not one of the offered choices is the default.
 */
public final class PageParams {

    private PageParams() {
    }

    /** The requested page, 1-based; 1 when missing or unusable. */
    public static int page(String text) {
        return Math.max(1, number(text, 1));
    }

    /** The requested size when it is one of {@code choices}, otherwise {@code fallback}. */
    public static int size(String text, List<Integer> choices, int fallback) {
        int size = number(text, fallback);
        return choices.contains(size) ? size : fallback;
    }

    private static int number(String text, int fallback) {
        try {
            return text == null ? fallback : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
