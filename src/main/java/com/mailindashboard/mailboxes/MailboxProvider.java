package com.mailindashboard.mailboxes;

import com.mailindashboard.domains.DomainProvider;
import com.mailindashboard.jobs.JobKind;
import java.util.List;

/**
 * Where mailboxes live: Mailin's SMTP infrastructure (list {@code /mailboxes}, M1; made with M3:
 * username, name, optional password) or Google Workspace (list {@code /mailboxes/google}, G5; made
 * with G7: username, first and last name). What differs in the calls is in {@link ProviderMailboxes}.
 */
public enum MailboxProvider {
    SMTP("/mailboxes", JobKind.MAILBOX_CREATION, DomainProvider.SMTP,
            List.of(MailboxCsvColumn.ADDRESS, MailboxCsvColumn.NAME, MailboxCsvColumn.PASSWORD)),
    GOOGLE("/mailboxes/google", JobKind.GOOGLE_MAILBOX_CREATION, DomainProvider.GOOGLE,
            List.of(MailboxCsvColumn.ADDRESS, MailboxCsvColumn.FIRST_NAME, MailboxCsvColumn.LAST_NAME));

    private final String listPath;
    private final JobKind jobKind;
    private final DomainProvider domainProvider;
    private final List<MailboxCsvColumn> columns;

    MailboxProvider(String listPath, JobKind jobKind, DomainProvider domainProvider, List<MailboxCsvColumn> columns) {
        this.listPath = listPath;
        this.jobKind = jobKind;
        this.domainProvider = domainProvider;
        this.columns = columns;
    }

    public String listPath() {
        return listPath;
    }

    public JobKind jobKind() {
        return jobKind;
    }

    public DomainProvider domainProvider() {
        return domainProvider;
    }

    /** The columns this provider takes in a creation file, in the order a file without a header gives them. */
    public List<MailboxCsvColumn> columns() {
        return columns;
    }

    public boolean google() {
        return this == GOOGLE;
    }

    /** The other tab: where the mailboxes of a domain this provider does not have may belong. */
    public MailboxProvider other() {
        return this == GOOGLE ? SMTP : GOOGLE;
    }

    static MailboxProvider of(boolean google) {
        return google ? GOOGLE : SMTP;
    }

    static MailboxProvider of(JobKind kind) {
        return kind == JobKind.GOOGLE_MAILBOX_CREATION ? GOOGLE : SMTP;
    }
}
