package com.mailindashboard.sandbox;

import static com.mailindashboard.sandbox.SandboxBodies.ordered;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A domain of the account. A new domain is pending and turns active after
 * {@code readsUntilActive} reads of its list; some seeded ones stay pending for good.
 * {@code mainDomain} is the domain it forwards to, or its own name.
 */
record SandboxDomain(long id, String name, SandboxProvider provider, String registrar, String mainDomain,
                     List<String> nameServers, boolean active, int readsUntilActive, Instant createdAt,
                     Instant updatedAt) {

    /** The {@code readsUntilActive} of a domain that never turns active. */
    static final int STAYS_PENDING = -1;

    /** Mailin's own name servers, shown for domains bought through it. */
    static final List<String> MAILIN_NAME_SERVERS = List.of("ns1.mailin.ai", "ns2.mailin.ai");

    SandboxDomain {
        nameServers = nameServers == null ? null : List.copyOf(nameServers);
    }

    /** A new domain: active at once when {@code readsUntilActive} is 0, else pending. */
    static SandboxDomain added(long id, String name, SandboxProvider provider, String registrar,
                               List<String> nameServers, int readsUntilActive, Instant now) {
        boolean active = readsUntilActive == 0;
        return new SandboxDomain(id, name, provider, registrar, name, nameServers, active, readsUntilActive, now, now);
    }

    boolean forwarded() {
        return !mainDomain.equals(name);
    }

    /** Whether this is {@code parent} or one of its subdomains. */
    boolean within(String parent) {
        return name.equals(parent) || name.endsWith("." + parent);
    }

    SandboxDomain forwardedTo(String target, Instant now) {
        return new SandboxDomain(id, name, provider, registrar, target, nameServers, active, readsUntilActive,
                createdAt, now);
    }

    /** The domain after one more read of its list: a pending one counts down to active. */
    SandboxDomain afterListRead(Instant now) {
        if (active || readsUntilActive == STAYS_PENDING) {
            return this;
        }
        int left = Math.max(0, readsUntilActive - 1);
        return new SandboxDomain(id, name, provider, registrar, mainDomain, nameServers, left == 0, left, createdAt,
                left == 0 ? now : updatedAt);
    }

    /** D3's item, and G1's with {@code provider_type}. */
    Map<String, Object> listItem() {
        Map<String, Object> item = ordered("id", id, "name", name, "main_domain", mainDomain,
                "name_servers", nameServers == null ? null : String.join(", ", nameServers),
                "name_server_status", flag(), "status", flag(), "domain_provider", registrar);
        if (provider.google()) {
            item.put("provider_type", "google");
        }
        item.put("created_at", SandboxTime.wire(createdAt));
        item.put("updated_at", SandboxTime.wire(updatedAt));
        return item;
    }

    /** D4's object: words for the statuses, and {@code main_domain} as 1/0 (is it its own main domain). */
    Map<String, Object> detail() {
        String status = active ? "Active" : "Pending";
        return ordered("id", id, "name", name, "main_domain", forwarded() ? 0 : 1,
                "name_servers", nameServers == null ? null : String.join(", ", nameServers),
                "name_server_status", status, "status", status,
                "provider_type", provider.name().toLowerCase(Locale.ROOT), "domain_provider", registrar,
                "created_at", SandboxTime.wire(createdAt), "updated_at", SandboxTime.wire(updatedAt));
    }

    /** D12's object. */
    Map<String, Object> rateLimit() {
        return ordered("id", id, "name", name, "rate_limit", (provider.google() ? 2000 : 500) + " / d");
    }

    private String flag() {
        return active ? "1" : "0";
    }
}
