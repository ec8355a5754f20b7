package com.mailindashboard.jobs;

import com.mailindashboard.paging.PageParams;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The filter of the jobs page as it comes in the URL ({@code ?kind=&status=&who=&page=&size=}),
 * read leniently so a bookmarked view always opens: an unknown kind or status means "any", an
 * unusable page means the first one, and a size not offered means the default.
 */
record JobFilter(String kind, String status, String who, String page, String size) {

    static final List<Integer> PAGE_SIZES = List.of(25, 50, 100);
    static final int DEFAULT_PAGE_SIZE = 25;

    public JobKind kindValue() {
        return Arrays.stream(JobKind.values()).filter(value -> value.name().equals(text(kind))).findFirst()
                .orElse(null);
    }

    public JobStatus statusValue() {
        return Arrays.stream(JobStatus.values()).filter(value -> value.name().equals(text(status))).findFirst()
                .orElse(null);
    }

    public String whoValue() {
        String value = text(who);
        return value == null ? null : value.substring(0, Math.min(value.length(), 320));
    }

    /** The requested page, 1-based. */
    public int pageNumber() {
        return PageParams.page(page);
    }

    public int pageSize() {
        return PageParams.size(size, PAGE_SIZES, DEFAULT_PAGE_SIZE);
    }

    /** The filter as query parameters, only what is set, with the page size (for links that keep the view). */
    Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (kindValue() != null) {
            parameters.put("kind", kindValue().name());
        }
        if (statusValue() != null) {
            parameters.put("status", statusValue().name());
        }
        if (whoValue() != null) {
            parameters.put("who", whoValue());
        }
        if (pageSize() != DEFAULT_PAGE_SIZE) {
            parameters.put("size", String.valueOf(pageSize()));
        }
        return parameters;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
