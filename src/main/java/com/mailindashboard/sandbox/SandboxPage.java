package com.mailindashboard.sandbox;

import static com.mailindashboard.sandbox.SandboxBodies.ordered;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

    /**
     * The same page with Laravel's {@code links} (previous, each page, next) after
     * {@code last_page_url}, as the lists whose documented body shows them (V6) carry it.
     */
    static <T> Map<String, Object> withLinks(SandboxPageQuery query, List<T> items,
                                             Function<T, Map<String, Object>> view, String path) {
        Map<String, Object> page = of(query, items, view, path);
        int current = (int) page.get("current_page");
        int lastPage = (int) page.get("last_page");
        List<Map<String, Object>> links = new ArrayList<>();
        links.add(ordered("url", page.get("prev_page_url"), "label", "&laquo; Previous", "active", false));
        for (int number = 1; number <= lastPage; number++) {
            links.add(ordered("url", url(path, number, query), "label", String.valueOf(number), "active",
                    number == current));
        }
        links.add(ordered("url", page.get("next_page_url"), "label", "Next &raquo;", "active", false));
        Map<String, Object> withLinks = new LinkedHashMap<>();
        page.forEach((key, value) -> {
            withLinks.put(key, value);
            if (key.equals("last_page_url")) {
                withLinks.put("links", links);
            }
        });
        return withLinks;
    }

    private static String url(String path, int page, SandboxPageQuery query) {
        String filter = query.filter();
        return path + "?page=" + page
                + (filter == null ? "" : "&name=" + URLEncoder.encode(filter, StandardCharsets.UTF_8));
    }
}
