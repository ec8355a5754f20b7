package com.mailindashboard.mailboxes;

/** Where a dry run stands: shown for review, its chunks being sent to Mailin, or all chunks sent. */
public enum MailboxDryRunState {
    PREVIEW, SUBMITTING, SUBMITTED
}
