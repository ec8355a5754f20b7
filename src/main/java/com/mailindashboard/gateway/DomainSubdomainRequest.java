package com.mailindashboard.gateway;

/** Body {@code {subdomain, domain}} of D7: the prefix (e.g. {@code sales}) and the active parent domain. */
public record DomainSubdomainRequest(String subdomain, String domain) {
}
