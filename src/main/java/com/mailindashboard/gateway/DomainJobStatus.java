package com.mailindashboard.gateway;

import java.util.List;

/**
 * D10: the state of a domain job started by a purchase. {@code id} is the job's uuid (documented
 * unquoted) and {@code data} the ids of the domains the job created, as strings.
 */
public record DomainJobStatus(String id, String status, String report, List<String> data) {

    public DomainJobStatus {
        data = data == null ? List.of() : List.copyOf(data);
    }

    public boolean done() {
        return UpstreamJobStatus.done(status);
    }

    public boolean failed() {
        return UpstreamJobStatus.failed(status);
    }

    /** Neither done nor failed: {@code pending} and any state the catalog does not name. */
    public boolean inProgress() {
        return !done() && !failed();
    }
}
