package com.mailindashboard.mailboxes;

/** The two mailbox lists: SMTP ({@code /mailboxes}, M1) and Google ({@code /mailboxes/google}, G5). */
public enum MailboxProvider {
    SMTP("/mailboxes"),
    GOOGLE("/mailboxes/google");

    private final String listPath;

    MailboxProvider(String listPath) {
        this.listPath = listPath;
    }

    public String listPath() {
        return listPath;
    }

    public boolean google() {
        return this == GOOGLE;
    }

    static MailboxProvider of(boolean google) {
        return google ? GOOGLE : SMTP;
    }
}
