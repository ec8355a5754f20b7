package com.mailindashboard.mailboxes;

import com.mailindashboard.gateway.MailinMailbox;

/** Where a mail client connects to an SMTP mailbox: IMAP and SMTP hosts and ports. */
public record MailboxServers(String imapHost, Integer imapPort, String smtpHost, Integer smtpPort) {

    /** The servers a mailbox record names, or null when it names none (M2 usually leaves them out). */
    static MailboxServers of(MailinMailbox mailbox) {
        if (mailbox.imapHost() == null && mailbox.imapPort() == null && mailbox.smtpHost() == null
                && mailbox.smtpPort() == null) {
            return null;
        }
        return new MailboxServers(mailbox.imapHost(), mailbox.imapPort(), mailbox.smtpHost(), mailbox.smtpPort());
    }
}
