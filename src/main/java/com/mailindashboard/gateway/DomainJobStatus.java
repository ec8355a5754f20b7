package com.mailindashboard.gateway;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * D10: the state of a domain job started by a purchase. {@code id} is the job's uuid (documented
 * unquoted) and {@code data} the ids of the domains the job created, as strings.
 */
public record DomainJobStatus(String id, String status, String report, List<String> data) {

    private static final Set<String> DONE = Set.of("completed", "complete", "finished", "done", "success");
    private static final Set<String> FAILED = Set.of("failed", "error", "cancelled");

    public DomainJobStatus {
        data = data == null ? List.of() : List.copyOf(data);
    }

    public boolean done() {
        return DONE.contains(normalizedStatus());
    }

    public boolean failed() {
        return FAILED.contains(normalizedStatus());
    }

    /** Neither done nor failed: {@code pending} and any state the catalog does not name. */
    public boolean inProgress() {
        return !done() && !failed();
    }

    private String normalizedStatus() {
        return status == null ? "" : status.strip().toLowerCase(Locale.ROOT);
    }
}
