package com.mailindashboard.jobs;

/** Where a keyed operation stands. */
public enum OperationState {
    /** Stored, the upstream call is under way. */
    SUBMITTING,
    /** Mailin accepted it; a job follows it. */
    ACCEPTED,
    /** Mailin refused it (422); nothing was done. */
    REJECTED,
    /** Mailin answered with another error; nothing was done. */
    FAILED,
    /** Sent, but the answer was lost: it may have happened. Never retried; reconciled. */
    OUTCOME_UNKNOWN
}
