package com.mailindashboard.mailboxes;

import com.mailindashboard.gateway.MailinMailbox;
import com.mailindashboard.web.StatusBadge;

/**
 * A mailbox as its page shows it. There is no password member on purpose: the page only knows
 * whether Mailin holds one, and the value is fetched again when someone allowed reveals it.
 */
public record MailboxDetail(long id, String username, String name, String domain, Long domainId,
                            StatusBadge status, String rateLimit, boolean google, String providerType,
                            String signature, String forwardingEmail, boolean hasPassword, String createdAt,
                            String updatedAt) {

    static MailboxDetail of(long id, MailinMailbox mailbox) {
        return new MailboxDetail(mailbox.id() == null ? id : mailbox.id(), mailbox.username(), mailbox.name(),
                MailboxRow.domainOf(mailbox.username()), mailbox.domainId(), StatusBadge.ofMailbox(mailbox.status()),
                mailbox.rateLimit(), mailbox.isGoogle(), mailbox.providerType(), mailbox.signature(),
                mailbox.redirectEmail(), mailbox.password() != null && !mailbox.password().isEmpty(),
                mailbox.createdAt(), mailbox.updatedAt());
    }

    public MailboxProvider provider() {
        return MailboxProvider.of(google);
    }

    public boolean hasSignature() {
        return signature != null && !signature.isBlank();
    }

    public boolean forwarding() {
        return forwardingEmail != null && !forwardingEmail.isBlank();
    }
}
