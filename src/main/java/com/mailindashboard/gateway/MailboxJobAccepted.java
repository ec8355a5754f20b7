package com.mailindashboard.gateway;

/** M3/G7: Mailin accepted a batch of new mailboxes (210); track it with {@code uuid} (M4/G8). */
public record MailboxJobAccepted(String message, String uuid, int status) {

    /** Read from the tree when there is one; a body that does not parse still counts as accepted. */
    static MailboxJobAccepted of(MailinResponse response) {
        return new MailboxJobAccepted(response.message(), response.jobReference(), response.status());
    }
}
