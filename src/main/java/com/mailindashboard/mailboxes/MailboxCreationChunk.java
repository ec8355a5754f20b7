package com.mailindashboard.mailboxes;

/**
 * One creation request: a chunk of a confirmed dry run's valid rows under its own operation key.
 * {@code state} is {@link #QUEUED} until it is sent, then the operation's state (ACCEPTED,
 * REJECTED, FAILED, OUTCOME_UNKNOWN...), {@link #NOT_SENT} when it could not even be prepared, or
 * {@link #NOT_CREATED} when an unknown outcome was settled.
 */
public record MailboxCreationChunk(long id, String dryRunId, int index, String operationKey, int rowCount,
                                   String state, Long operationId, Long jobId, String message) {

    public static final String QUEUED = "QUEUED";
    public static final String NOT_SENT = "NOT_SENT";
    /** Its answer was lost, and its mailboxes never appeared: settled as not created. */
    public static final String NOT_CREATED = "NOT_CREATED";

    public boolean queued() {
        return QUEUED.equals(state);
    }
}
