package com.mailindashboard.gateway;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * M4/G8: a mailbox creation job. {@code id} is the job's UUID; {@code data} holds the mailboxes
 * created so far. A status that is neither done nor failed means the job is still running.
 */
public record MailboxJobStatus(String id, String status, String report, List<MailinMailbox> data) {

    private static final Set<String> DONE = Set.of("completed", "complete", "finished", "done", "success");
    private static final Set<String> FAILED = Set.of("failed", "error", "cancelled");

    public MailboxJobStatus {
        data = data == null ? List.of() : List.copyOf(data);
    }

    public boolean done() {
        return DONE.contains(normalizedStatus());
    }

    public boolean failed() {
        return FAILED.contains(normalizedStatus());
    }

    public boolean inProgress() {
        return !done() && !failed();
    }

    private String normalizedStatus() {
        return status == null ? "" : status.strip().toLowerCase(Locale.ROOT);
    }
}
