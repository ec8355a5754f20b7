package com.mailindashboard.mailboxes;

import com.mailindashboard.jobs.OperationState;

/**
 * One creation request: a chunk of a confirmed dry run's valid rows under its own operation key.
 * {@code state} is {@link State#QUEUED} until it is sent, then the operation's state (ACCEPTED,
 * REJECTED, FAILED, OUTCOME_UNKNOWN...), {@link State#NOT_SENT} when it could not even be prepared, or
 * {@link State#NOT_CREATED} when an unknown outcome was settled.
 */
public record MailboxCreationChunk(long id, String dryRunId, int index, String operationKey, int rowCount,
                                   State state, Long operationId, Long jobId, String message) {

    /** Where a chunk stands (stored by name): its own states around its operation's. */
    public enum State {
        QUEUED,
        SUBMITTING,
        ACCEPTED,
        REJECTED,
        FAILED,
        OUTCOME_UNKNOWN,
        NOT_SENT,
        /** Its answer was lost, and its mailboxes never appeared: settled as not created. */
        NOT_CREATED;

        /** The chunk state of a sent chunk: its operation's. */
        public static State of(OperationState operation) {
            return valueOf(operation.name());
        }

        /** Waiting to be sent or being sent. */
        public boolean waiting() {
            return this == QUEUED || this == SUBMITTING;
        }

        /** Nothing was created: refused, failed, not sent or settled as not created. */
        public boolean refused() {
            return this == REJECTED || this == FAILED || this == NOT_SENT || this == NOT_CREATED;
        }
    }

    public boolean queued() {
        return state == State.QUEUED;
    }
}
