package com.mailindashboard.gateway;

import java.util.List;

/**
 * M4/G8: a mailbox creation job. {@code id} is the job's UUID; {@code data} holds the mailboxes
 * created so far. A status that is neither done nor failed means the job is still running.
 */
public record MailboxJobStatus(String id, String status, String report, List<MailinMailbox> data) {

    public MailboxJobStatus {
        data = data == null ? List.of() : List.copyOf(data);
    }

    public boolean done() {
        return UpstreamJobStatus.done(status);
    }

    public boolean failed() {
        return UpstreamJobStatus.failed(status);
    }

    public boolean inProgress() {
        return !done() && !failed();
    }
}
