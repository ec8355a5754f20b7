package com.mailindashboard.jobs;

/** What a job follows. Each kind has a {@link JobTracker} that knows how to ask Mailin about it. */
public enum JobKind {
    DOMAIN_PURCHASE,
    GOOGLE_DOMAIN_PURCHASE,
    DOMAIN_TRANSFER,
    GOOGLE_DOMAIN_TRANSFER,
    INBOXKIT_DOMAIN_TRANSFER,
    MAILBOX_CREATION,
    GOOGLE_MAILBOX_CREATION
}
