package com.mailindashboard.mailboxes;

/**
 * One creation request: a chunk of a confirmed dry run's valid rows under its own operation key.
 * {@code state} is {@link #QUEUED} until it is sent, then the operation's state (ACCEPTED,
 * REJECTED, FAILED, OUTCOME_UNKNOWN...), or {@link #NOT_SENT} when it could not even be prepared.
 */
public record MailboxCreationChunk(long id, String dryRunId, int index, String operationKey, int rowCount,
                                   String state, Long operationId, Long jobId, String message) {

    public static final String QUEUED = "QUEUED";
    public static final String NOT_SENT = "NOT_SENT";

    public boolean queued() {
        return QUEUED.equals(state);
    }
}
