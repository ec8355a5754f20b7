package com.mailindashboard.gateway;

/** Body {@code {domain_id, forward_to}} of D13 (forward to a domain) and D15 (forward to an email address). */
public record DomainForwardRequest(long domainId, String forwardTo) {
}
