package com.mailindashboard.gateway;

import java.util.Arrays;
import java.util.List;

/**
 * A domain as D2, D3, D4 and G1 list or show it. Mailin sends {@code main_domain}, {@code status}
 * and {@code name_server_status} as numbers, numeric strings or words ({@code 1}, {@code "1"},
 * {@code "Active"}), so they stay strings. {@code name_servers} is one comma-separated string
 * (or null); {@link #nameServerList()} splits it.
 */
public record MailinDomain(
        Long id,
        String name,
        String mainDomain,
        String nameServers,
        String nameServerStatus,
        String status,
        String providerType,
        String domainProvider,
        String createdAt,
        String updatedAt) {

    /** The name servers, one per entry, trimmed; empty when Mailin has none yet. */
    public List<String> nameServerList() {
        if (nameServers == null || nameServers.isBlank()) {
            return List.of();
        }
        return Arrays.stream(nameServers.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
