package com.mailindashboard.sandbox;

/** The two kinds of Mailin domains and mailboxes: SMTP ones and Google Workspace ones. */
enum SandboxProvider {
    SMTP,
    GOOGLE;

    boolean google() {
        return this == GOOGLE;
    }
}
