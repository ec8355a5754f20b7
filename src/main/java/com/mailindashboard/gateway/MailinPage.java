package com.mailindashboard.gateway;

import java.util.List;

/**
 * One page of a Laravel paginated list. Some lists carry only {@code current_page, data,
 * per_page, total}; the other members are then null.
 */
public record MailinPage<T>(
        Integer currentPage,
        List<T> data,
        String firstPageUrl,
        Integer from,
        Integer lastPage,
        String lastPageUrl,
        String nextPageUrl,
        String path,
        Integer perPage,
        String prevPageUrl,
        Integer to,
        Long total) {

    public MailinPage {
        data = data == null ? List.of() : List.copyOf(data);
    }

    public int page() {
        return currentPage == null ? 1 : currentPage;
    }

    /** The last page number, computed from total and per_page when Mailin omits it. */
    public int pageCount() {
        if (lastPage != null) {
            return Math.max(1, lastPage);
        }
        if (total != null && perPage != null && perPage > 0) {
            return (int) Math.max(1, (total + perPage - 1) / perPage);
        }
        return page();
    }

    public boolean hasNext() {
        return page() < pageCount();
    }

    public boolean hasPrevious() {
        return page() > 1;
    }
}
