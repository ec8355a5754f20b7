package com.mailindashboard.gateway;

import java.util.Locale;
import java.util.Set;

/**
 * The catalog's job status values, shared by every job status Mailin reports (D10, M4/G8, V2/V5):
 * which mean done, which failed; anything else is still in progress.
 */
final class UpstreamJobStatus {

    private static final Set<String> DONE = Set.of("completed", "complete", "finished", "done", "success");
    private static final Set<String> FAILED = Set.of("failed", "error", "cancelled");

    private UpstreamJobStatus() {
    }

    static boolean done(String status) {
        return DONE.contains(normalize(status));
    }

    static boolean failed(String status) {
        return FAILED.contains(normalize(status));
    }

    private static String normalize(String status) {
        return status == null ? "" : status.strip().toLowerCase(Locale.ROOT);
    }
}
