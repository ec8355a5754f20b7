package com.mailindashboard.gateway;

/** D5's answer: Mailin says 200 when the name can be bought and 404 when it cannot. */
public record DomainAvailability(String domainName, boolean available, String message) {
}
