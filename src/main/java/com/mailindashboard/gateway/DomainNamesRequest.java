package com.mailindashboard.gateway;

import java.util.List;

/** Body {@code {domain_names:[]}} of D8 and G3. */
public record DomainNamesRequest(List<String> domainNames) {

    public DomainNamesRequest {
        domainNames = List.copyOf(domainNames);
    }
}
