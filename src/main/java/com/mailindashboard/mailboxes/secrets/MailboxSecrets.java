package com.mailindashboard.mailboxes.secrets;

import com.mailindashboard.audit.AuditEntry;
import com.mailindashboard.audit.AuditLog;
import com.mailindashboard.audit.AuditOutcome;
import com.mailindashboard.gateway.GoogleCredentials;
import com.mailindashboard.gateway.GoogleMailboxClient;
import com.mailindashboard.gateway.GoogleTotp;
import com.mailindashboard.gateway.MailboxClient;
import com.mailindashboard.gateway.MailinException;
import com.mailindashboard.gateway.MailinMailbox;
import com.mailindashboard.mailboxes.MailboxProblemText;
import com.mailindashboard.web.Text;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;

/**
 * Reveals mailbox secrets. Reading them is a GET for the gateway, which only audits writes, so every
 * reveal, successful or not, is audited here with the mailbox as target. TOTP generation (G10) is a
 * write and audited by the gateway.
 */
@Service
class MailboxSecrets {

    static final String REVEAL_PASSWORD = "mailboxes.reveal-password";
    static final String REVEAL_CREDENTIALS = "mailboxes.reveal-credentials";

    private final MailboxClient mailboxes;
    private final GoogleMailboxClient google;
    private final AuditLog audit;

    MailboxSecrets(MailboxClient mailboxes, GoogleMailboxClient google, AuditLog audit) {
        this.mailboxes = mailboxes;
        this.google = google;
        this.audit = audit;
    }

    /** The password Mailin holds for the mailbox (M2). */
    MailboxReveal password(long id) {
        MailinMailbox mailbox;
        try {
            mailbox = mailboxes.mailbox(id);
        } catch (MailinException e) {
            return failed(REVEAL_PASSWORD, id, null, e);
        }
        if (mailbox.password() == null || mailbox.password().isEmpty()) {
            MessageSourceResolvable problem = Text.of("mailboxes.secret.none");
            audit.record(AuditEntry.of(REVEAL_PASSWORD, AuditOutcome.FAILURE).target("mailbox", id, mailbox.username())
                    .summary("Mailin returned no password").upstream(200, null, null));
            return MailboxReveal.failed(problem);
        }
        audit.record(AuditEntry.of(REVEAL_PASSWORD, AuditOutcome.SUCCESS).target("mailbox", id, mailbox.username())
                .summary("fields=password").upstream(200, null, null));
        return MailboxReveal.of(new MailboxRevealedSecrets(id, mailbox.username(), mailbox.password(), null, null));
    }

    /** A Google mailbox's password, TOTP secret and app password (G11); its address is read alongside for the audit. */
    MailboxReveal credentials(long id) {
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            CompletableFuture<String> address = CompletableFuture.supplyAsync(() -> addressOf(id), pool);
            GoogleCredentials credentials;
            try {
                credentials = google.credentials(id);
            } catch (MailinException e) {
                return failed(REVEAL_CREDENTIALS, id, address.join(), e);
            }
            if (credentials.hasError()) {
                audit.record(AuditEntry.of(REVEAL_CREDENTIALS, AuditOutcome.FAILURE)
                        .target("mailbox", id, address.join()).upstream(200, credentials.message(), null));
                return MailboxReveal.failed(refused(credentials.message()));
            }
            audit.record(AuditEntry.of(REVEAL_CREDENTIALS, AuditOutcome.SUCCESS).target("mailbox", id, address.join())
                    .summary("fields=password,secret,app_password").upstream(200, credentials.message(), null));
            return MailboxReveal.of(new MailboxRevealedSecrets(id, address.join(), credentials.password(),
                    credentials.secret(), credentials.appPassword()));
        }
    }

    /** A fresh one-time code for a Google mailbox (G10). */
    MailboxTotp totp(long id) {
        try {
            GoogleTotp totp = google.generateTotp(id);
            if (totp.hasError() || totp.totp() == null) {
                return new MailboxTotp(null, null, refused(totp.message()));
            }
            return new MailboxTotp(totp.totp(), totp.expiresAt(), null);
        } catch (MailinException e) {
            return new MailboxTotp(null, null, MailboxProblemText.of(e));
        }
    }

    private MailboxReveal failed(String action, long id, String address, MailinException e) {
        audit.record(AuditEntry.of(action, AuditOutcome.FAILURE).target("mailbox", id, address)
                .upstream(e.status(), e.upstreamMessage() != null ? e.upstreamMessage() : e.outcome(), null));
        return MailboxReveal.failed(MailboxProblemText.of(e));
    }

    private MessageSourceResolvable refused(String upstreamMessage) {
        MessageSourceResolvable title = Text.of("mailin.problem.refused.title");
        return upstreamMessage == null || upstreamMessage.isBlank() ? title
                : Text.of("mailin.problem.summary.upstream", title, upstreamMessage);
    }

    private String addressOf(long id) {
        try {
            return mailboxes.mailbox(id).username();
        } catch (MailinException e) {
            return null;
        }
    }
}
