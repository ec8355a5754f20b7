package com.mailindashboard.domains;

import com.mailindashboard.gateway.PageRequest;
import com.mailindashboard.paging.PageParams;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The state of a domain list as the URL carries it ({@code ?page=&per_page=&name=}), read
 * leniently: a page that is not a positive number is the first, a page size other than 15, 50
 * or 100 is 15, and a blank name is no filter.
 */
record DomainListQuery(int page, int perPage, String name) {

    static final List<Integer> PER_PAGE_CHOICES = List.of(15, 50, 100);
    static final int DEFAULT_PER_PAGE = 15;
    private static final int MAX_NAME = 253;

    static DomainListQuery of(String page, String perPage, String name) {
        String filter = name == null || name.isBlank() ? null : name.strip();
        if (filter != null && filter.length() > MAX_NAME) {
            filter = filter.substring(0, MAX_NAME);
        }
        return new DomainListQuery(PageParams.page(page), PageParams.size(perPage, PER_PAGE_CHOICES, DEFAULT_PER_PAGE),
                filter);
    }

    DomainListQuery withPage(int otherPage) {
        return new DomainListQuery(otherPage, perPage, name);
    }

    PageRequest request() {
        return new PageRequest(page, perPage, name);
    }

    /** The list at {@code path} on another page, keeping the page size and the filter. */
    String url(String path, int otherPage) {
        StringBuilder url = new StringBuilder(path).append("?page=").append(otherPage).append("&per_page=").append(perPage);
        if (name != null) {
            url.append("&name=").append(URLEncoder.encode(name, StandardCharsets.UTF_8));
        }
        return url.toString();
    }
}
