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

    /** A list kept whole: refused rather than cut when it does not fit its column. */
    static String wholeList(List<String> items) {
        String joined = join(items);
        if (joined != null && joined.length() > Job.MAX_LIST_CHARACTERS) {
            throw new IllegalArgumentException("A list of " + items.size() + " items is longer than "
                    + Job.MAX_LIST_CHARACTERS + " characters; split it");
        }
        return joined;
    }

    static List<String> split(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.split("\n"));
    }
}
