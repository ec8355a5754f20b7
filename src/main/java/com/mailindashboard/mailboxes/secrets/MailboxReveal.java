package com.mailindashboard.mailboxes.secrets;

import org.springframework.context.MessageSourceResolvable;

/** The answer to a reveal: the secrets, or why there are none ({@code problem}, a message key the page resolves). */
record MailboxReveal(MailboxRevealedSecrets secrets, MessageSourceResolvable problem) {

    static MailboxReveal of(MailboxRevealedSecrets secrets) {
        return new MailboxReveal(secrets, null);
    }

    static MailboxReveal failed(MessageSourceResolvable problem) {
        return new MailboxReveal(null, problem);
    }
}
