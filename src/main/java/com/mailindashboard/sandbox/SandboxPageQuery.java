package com.mailindashboard.sandbox;

import java.util.Arrays;
import java.util.Locale;
import org.springframework.web.bind.annotation.BindParam;

/**
 * The query of a paginated list: {@code page} (default 1), {@code per_page} (default 15) and
 * {@code name}, a case-insensitive wildcard ({@code *} and {@code %} are ignored). Bound from the
 * request's parameters; values that are not numbers fall back to the defaults.
 */
record SandboxPageQuery(String page, @BindParam("per_page") String perPage, String name) {

    static final int DEFAULT_PER_PAGE = 15;
    static final int MAX_PER_PAGE = 1000;

    int pageNumber() {
        return Math.max(1, parse(page, 1));
    }

    int pageSize() {
        int size = parse(perPage, DEFAULT_PER_PAGE);
        return size < 1 ? DEFAULT_PER_PAGE : Math.min(size, MAX_PER_PAGE);
    }

    /** This query, with {@code size} as page size when the request gave none (or no valid one). */
    SandboxPageQuery withDefaultPageSize(int size) {
        return parse(perPage, 0) >= 1 ? this : new SandboxPageQuery(page, String.valueOf(size), name);
    }

    /** The name filter as typed, or null when there is none. */
    String filter() {
        return name == null || name.isBlank() ? null : name.strip();
    }

    /** Whether any of the texts contains the name filter (always, without one). */
    boolean matches(String... texts) {
        String filter = filter();
        if (filter == null) {
            return true;
        }
        String needle = filter.replace("*", "").replace("%", "").toLowerCase(Locale.ROOT);
        return Arrays.stream(texts).anyMatch(text -> text != null && text.toLowerCase(Locale.ROOT).contains(needle));
    }

    private static int parse(String value, int fallback) {
        try {
            return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
