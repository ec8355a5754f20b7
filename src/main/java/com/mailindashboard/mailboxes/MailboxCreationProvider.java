package com.mailindashboard.mailboxes;

import com.mailindashboard.domains.DomainProvider;
import com.mailindashboard.jobs.JobKind;
import java.util.List;

/**
 * Where new mailboxes are made: Mailin's SMTP infrastructure (M3: username, name, optional
 * password) or Google Workspace (G7: username, first and last name).
 */
public enum MailboxCreationProvider {
    SMTP(JobKind.MAILBOX_CREATION, DomainProvider.SMTP,
            List.of(MailboxCsvColumn.ADDRESS, MailboxCsvColumn.NAME, MailboxCsvColumn.PASSWORD)),
    GOOGLE(JobKind.GOOGLE_MAILBOX_CREATION, DomainProvider.GOOGLE,
            List.of(MailboxCsvColumn.ADDRESS, MailboxCsvColumn.FIRST_NAME, MailboxCsvColumn.LAST_NAME));

    private final JobKind jobKind;
    private final DomainProvider domainProvider;
    private final List<MailboxCsvColumn> columns;

    MailboxCreationProvider(JobKind jobKind, DomainProvider domainProvider, List<MailboxCsvColumn> columns) {
        this.jobKind = jobKind;
        this.domainProvider = domainProvider;
        this.columns = columns;
    }

    public JobKind jobKind() {
        return jobKind;
    }

    public DomainProvider domainProvider() {
        return domainProvider;
    }

    /** The columns this provider takes, in the order a file without a header gives them. */
    public List<MailboxCsvColumn> columns() {
        return columns;
    }

    public boolean google() {
        return this == GOOGLE;
    }

    /** The other tab: where the mailboxes of a domain this provider does not have may belong. */
    public MailboxCreationProvider other() {
        return this == GOOGLE ? SMTP : GOOGLE;
    }

    static MailboxCreationProvider of(JobKind kind) {
        return kind == JobKind.GOOGLE_MAILBOX_CREATION ? GOOGLE : SMTP;
    }
}
