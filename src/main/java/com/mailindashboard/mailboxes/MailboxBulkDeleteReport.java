package com.mailindashboard.mailboxes;

import java.io.Serializable;
import java.util.List;

/** The outcome of a bulk deletion, one result per selected mailbox, in the order they were tried. */
public record MailboxBulkDeleteReport(List<MailboxBulkDeleteResult> results) implements Serializable {

    public MailboxBulkDeleteReport {
        results = List.copyOf(results);
    }

    public long deletedCount() {
        return results.stream().filter(MailboxBulkDeleteResult::deleted).count();
    }

    public int total() {
        return results.size();
    }

    public boolean complete() {
        return deletedCount() == total();
    }

    /** The mailboxes that were not deleted (failed, unconfirmed or not attempted). */
    public List<MailboxBulkDeleteResult> problems() {
        return results.stream().filter(result -> !result.deleted()).toList();
    }
}
