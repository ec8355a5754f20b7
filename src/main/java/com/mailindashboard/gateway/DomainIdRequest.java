package com.mailindashboard.gateway;

/** Body {@code {domain_id}} of D14. */
public record DomainIdRequest(long domainId) {
}
