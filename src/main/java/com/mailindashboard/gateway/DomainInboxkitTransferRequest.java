package com.mailindashboard.gateway;

/** Body {@code {domain_name, uid}} of D1; {@code uid} is the domain's Inboxkit uid. */
public record DomainInboxkitTransferRequest(String domainName, String uid) {
}
