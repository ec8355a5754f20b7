package com.mailindashboard.gateway;

import java.util.Locale;
import java.util.Set;

/** The catalog's job status values: which mean done, which failed; anything else is in progress. */
final class VerificationJobStatus {

    private static final Set<String> DONE = Set.of("completed", "complete", "finished", "done", "success");
    private static final Set<String> FAILED = Set.of("failed", "error", "cancelled");

    private VerificationJobStatus() {
    }

    static boolean done(String status) {
        return status != null && DONE.contains(status.toLowerCase(Locale.ROOT));
    }

    static boolean failed(String status) {
        return status != null && FAILED.contains(status.toLowerCase(Locale.ROOT));
    }
}
