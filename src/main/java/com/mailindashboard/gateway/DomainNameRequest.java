package com.mailindashboard.gateway;

/** Body {@code {domain_name}} of D6, D9, G2 and G4. */
public record DomainNameRequest(String domainName) {
}
