package com.mailindashboard.orders;

import com.mailindashboard.audit.AuditEntry;
import com.mailindashboard.audit.AuditLog;
import com.mailindashboard.audit.AuditOutcome;
import com.mailindashboard.gateway.AzureOrderClient;
import com.mailindashboard.gateway.AzureOrderMailbox;
import com.mailindashboard.gateway.MailinException;
import com.mailindashboard.web.MailinProblem;
import com.mailindashboard.web.Text;
import java.util.Optional;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;

/**
 * Reveals one order mailbox's password (Z5). Z5 is a read, which the gateway does not audit, so
 * every reveal, successful or not, is audited here with the mailbox's address as target.
 */
@Service
class OrderSecrets {

    static final String REVEAL = "orders.reveal-password";

    private final AzureOrderClient azure;
    private final AuditLog audit;

    OrderSecrets(AzureOrderClient azure, AuditLog audit) {
        this.azure = azure;
        this.audit = audit;
    }

    /** The revealed password, or the problem (a message key). */
    record Reveal(String username, String password, MessageSourceResolvable problem) {
        @Override
        public String toString() {
            return "Reveal[" + username + ", password=***]";
        }
    }

    Reveal password(long orderId, String username) {
        Optional<AzureOrderMailbox> mailbox;
        try {
            mailbox = azure.mailboxes(orderId).stream()
                    .filter(m -> m.username() != null && m.username().equalsIgnoreCase(username)).findFirst();
        } catch (MailinException e) {
            audit.record(AuditEntry.of(REVEAL, AuditOutcome.FAILURE).target("azure-order-mailbox", orderId, username)
                    .upstream(e.status(), e.upstreamMessage() != null ? e.upstreamMessage() : e.outcome(), null));
            return new Reveal(username, null, MailinProblem.of(e).title());
        }
        if (mailbox.isEmpty() || mailbox.get().password() == null || mailbox.get().password().isEmpty()) {
            audit.record(AuditEntry.of(REVEAL, AuditOutcome.FAILURE).target("azure-order-mailbox", orderId, username)
                    .summary(mailbox.isEmpty() ? "not in the order" : "Mailin returned no password")
                    .upstream(200, null, null));
            return new Reveal(username, null, Text.of(mailbox.isEmpty() ? "orders.reveal.not-found"
                    : "orders.reveal.none"));
        }
        audit.record(AuditEntry.of(REVEAL, AuditOutcome.SUCCESS).target("azure-order-mailbox", orderId, username)
                .summary("order=" + orderId + ", fields=password").upstream(200, null, null));
        return new Reveal(mailbox.get().username(), mailbox.get().password(), null);
    }
}
