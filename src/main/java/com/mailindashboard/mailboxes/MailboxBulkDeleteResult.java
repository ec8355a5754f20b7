package com.mailindashboard.mailboxes;

import java.io.Serializable;
import org.springframework.context.MessageSourceResolvable;

/** What became of one mailbox of a bulk deletion; {@code reason} (a message key) explains anything but {@code DELETED}. */
public record MailboxBulkDeleteResult(long id, String address, Status status, MessageSourceResolvable reason) implements Serializable {

    public enum Status {
        DELETED, FAILED, UNKNOWN, SKIPPED
    }

    public boolean deleted() {
        return status == Status.DELETED;
    }
}
