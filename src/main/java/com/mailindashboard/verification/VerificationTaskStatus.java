package com.mailindashboard.verification;

/** Where a verification task stands, with the badge every page shows it with. */
public enum VerificationTaskStatus {
    /** Stored, the request to Mailin is under way. */
    SUBMITTING("text-bg-secondary"),
    /** Mailin accepted it and is verifying. */
    RUNNING("text-bg-primary"),
    FINISHED("text-bg-success"),
    /** Mailin could not process it and gave the credits back (with its reason). */
    REFUNDED("text-bg-warning"),
    /** Mailin refused it (422: not enough credits, invalid file); nothing was spent. */
    REJECTED("text-bg-danger"),
    /** Mailin answered with an error, or reported the verification failed. */
    FAILED("text-bg-danger"),
    /** Sent, but the answer was lost: it may have started. Never resent automatically. */
    OUTCOME_UNKNOWN("text-bg-warning"),
    /** Running longer than the job ledger's limit; still followed. */
    STUCK("text-bg-dark");

    private final String badge;

    VerificationTaskStatus(String badge) {
        this.badge = badge;
    }

    public String badge() {
        return badge;
    }

    public boolean active() {
        return this == SUBMITTING || this == RUNNING || this == OUTCOME_UNKNOWN || this == STUCK;
    }
}
