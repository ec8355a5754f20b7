package com.mailindashboard.mailboxes;

import com.mailindashboard.gateway.MailinMailbox;
import com.mailindashboard.web.StatusBadge;
import com.mailindashboard.web.TimeText;

/** One line of a mailbox list. It carries no password: list pages never hold one. */
public record MailboxRow(long id, String username, String name, String domain, StatusBadge status,
                         String rateLimit, String createdAt) {

    static MailboxRow of(MailinMailbox mailbox) {
        return new MailboxRow(mailbox.id() == null ? 0 : mailbox.id(), mailbox.username(), mailbox.name(),
                domainOf(mailbox.username()), StatusBadge.ofMailbox(mailbox.status()), mailbox.rateLimit(),
                TimeText.day(mailbox.createdAt()));
    }

    /** The domain part of an address ("example.com" of "john@example.com"); null without one. */
    static String domainOf(String address) {
        if (address == null) {
            return null;
        }
        int at = address.lastIndexOf('@');
        return at < 0 || at == address.length() - 1 ? null : address.substring(at + 1);
    }
}
