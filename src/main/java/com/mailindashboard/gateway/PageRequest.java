package com.mailindashboard.gateway;

/** Which page of an upstream list to fetch; {@code name} is Mailin's wildcard filter (optional). */
public record PageRequest(Integer page, Integer perPage, String name) {

    public static PageRequest first(int perPage) {
        return new PageRequest(1, perPage, null);
    }

    public static PageRequest of(int page, int perPage) {
        return new PageRequest(page, perPage, null);
    }
}
