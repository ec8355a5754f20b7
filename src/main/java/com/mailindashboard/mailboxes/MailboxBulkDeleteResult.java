package com.mailindashboard.mailboxes;

import java.io.Serializable;

/** What became of one mailbox of a bulk deletion; {@code reason} explains anything but {@code DELETED}. */
public record MailboxBulkDeleteResult(long id, String address, Status status, String reason) implements Serializable {

    public enum Status {
        DELETED, FAILED, UNKNOWN, SKIPPED
    }

    public boolean deleted() {
        return status == Status.DELETED;
    }
}
