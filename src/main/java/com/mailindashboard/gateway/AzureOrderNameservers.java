package com.mailindashboard.gateway;

import java.util.List;

/** Z3's answer: the order's status and the nameservers to set at the registrar. */
public record AzureOrderNameservers(String status, List<String> nameservers) {

    public AzureOrderNameservers {
        nameservers = nameservers == null ? List.of() : List.copyOf(nameservers);
    }
}
