package com.mailindashboard.jobs;

import java.util.List;

/**
 * Mailin's answer to an accepted submission: status, message, the job reference to follow (may be
 * null) and detail lines to keep on the job (e.g. the nameservers of a transfer).
 */
public record UpstreamAcceptance(int status, String message, String jobReference, List<String> detail) {

    public UpstreamAcceptance {
        detail = detail == null ? List.of() : List.copyOf(detail);
    }

    public UpstreamAcceptance(int status, String message, String jobReference) {
        this(status, message, jobReference, List.of());
    }
}
