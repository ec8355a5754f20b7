package com.mailindashboard.gateway;

/** D12: a domain's sending limit as Mailin words it (e.g. {@code "500 / d"}). */
public record DomainRateLimit(Long id, String name, String rateLimit) {
}
