package com.mailindashboard.mailboxes.secrets;

/** The answer to a reveal: the secrets, or why there are none ({@code problem}, ready to show). */
record MailboxReveal(MailboxRevealedSecrets secrets, String problem) {

    static MailboxReveal of(MailboxRevealedSecrets secrets) {
        return new MailboxReveal(secrets, null);
    }

    static MailboxReveal failed(String problem) {
        return new MailboxReveal(null, problem);
    }
}
