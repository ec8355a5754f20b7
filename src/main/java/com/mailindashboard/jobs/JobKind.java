package com.mailindashboard.jobs;

/**
 * What a job follows. Each kind has a {@link JobTracker} that knows how to ask Mailin about it,
 * and says where its results and its operation can be seen.
 */
public enum JobKind {
    DOMAIN_PURCHASE,
    GOOGLE_DOMAIN_PURCHASE,
    DOMAIN_TRANSFER,
    GOOGLE_DOMAIN_TRANSFER,
    /** Inboxkit reports its own list's ids, which are not domain page ids. */
    INBOXKIT_DOMAIN_TRANSFER,
    /** Mailbox creation is followed on its own progress page, by chunk. */
    MAILBOX_CREATION,
    GOOGLE_MAILBOX_CREATION,
    /** One address (V1, followed by V2); the operation page leads to the verification task. */
    VERIFICATION_SINGLE,
    /** A list (V4) or file (V3), followed by V5. */
    VERIFICATION_BULK,
    /** A Microsoft (Azure) order: its result is Mailin's order id, its operation page the placed order's. */
    AZURE_ORDER
}
