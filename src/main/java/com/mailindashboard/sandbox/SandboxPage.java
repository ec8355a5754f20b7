package com.mailindashboard.sandbox;

import static com.mailindashboard.sandbox.SandboxBodies.ordered;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A Laravel length-aware page, with every member Mailin's paginated lists carry. */
final class SandboxPage {

    private SandboxPage() {
    }

    /**
     * One page of {@code items} (already filtered and ordered) as Mailin writes it;
     * {@code path} is the list's absolute URL without query.
     */
    static <T> Map<String, Object> of(SandboxPageQuery query, List<T> items, Function<T, Map<String, Object>> view,
                                      String path) {
        int page = query.pageNumber();
        int perPage = query.pageSize();
        int total = items.size();
        int lastPage = Math.max(1, (total + perPage - 1) / perPage);
        int start = (int) Math.min((long) (page - 1) * perPage, total);
        int end = Math.min(start + perPage, total);
        List<Map<String, Object>> data = items.subList(start, end).stream().map(view).toList();
        return ordered(
                "current_page", page,
                "data", data,
                "first_page_url", url(path, 1, query),
                "from", data.isEmpty() ? null : start + 1,
                "last_page", lastPage,
                "last_page_url", url(path, lastPage, query),
                "next_page_url", page < lastPage ? url(path, page + 1, query) : null,
                "path", path,
                "per_page", perPage,
                "prev_page_url", page > 1 ? url(path, page - 1, query) : null,
                "to", data.isEmpty() ? null : end,
                "total", total);
    }

    private static String url(String path, int page, SandboxPageQuery query) {
        String filter = query.filter();
        return path + "?page=" + page
                + (filter == null ? "" : "&name=" + URLEncoder.encode(filter, StandardCharsets.UTF_8));
    }
}
