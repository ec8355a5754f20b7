package com.mailindashboard.gateway;

import static com.mailindashboard.gateway.MailboxClient.onMailbox;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Google mailbox rows of the catalog: G5 to G16. G6, G8 and G9 share their default paths with
 * M2, M4 and M5 but stay separate operations, so each can be overridden on its own.
 */
@Component
public class GoogleMailboxClient {

    private final MailinHttp http;

    GoogleMailboxClient(MailinHttp http) {
        this.http = http;
    }

    /** G5: one page of Google mailboxes; {@code name} matches the display name or the address. */
    @CatalogOperation(MailinOperation.G5)
    public MailinPage<MailinMailbox> mailboxes(PageRequest page) {
        return http.call(MailinRequest.to(MailinOperation.G5).page(page)).asPage(MailinMailbox.class);
    }

    /** G6: one Google mailbox. */
    @CatalogOperation(MailinOperation.G6)
    public MailinMailbox mailbox(long mailboxId) {
        return http.call(onMailbox(MailinOperation.G6, mailboxId)).as(MailinMailbox.class);
    }

    /** G7: creates Google mailboxes asynchronously (210); follow the job with {@link #jobStatus(String)}. */
    @CatalogOperation(MailinOperation.G7)
    public MailboxJobAccepted create(List<NewGoogleMailbox> mailboxes) {
        return MailboxJobAccepted.of(http.call(MailinRequest.to(MailinOperation.G7)
                .json(new NewMailboxesRequest<>(mailboxes))));
    }

    /** G8: the state of a Google creation job and the mailboxes it made so far. */
    @CatalogOperation(MailinOperation.G8)
    public MailboxJobStatus jobStatus(String uuid) {
        return http.call(MailinRequest.to(MailinOperation.G8).path("uuid", uuid)).as(MailboxJobStatus.class);
    }

    /** G9: sets the display name. */
    @CatalogOperation(MailinOperation.G9)
    public MailinMessage rename(long mailboxId, String name) {
        return http.call(onMailbox(MailinOperation.G9, mailboxId).json(new MailboxNameRequest(name))).asMessage();
    }

    /** G10: generates a one-time sign-in code. */
    @CatalogOperation(MailinOperation.G10)
    public GoogleTotp generateTotp(long mailboxId) {
        return http.call(onMailbox(MailinOperation.G10, mailboxId)).as(GoogleTotp.class);
    }

    /** G11: the mailbox's password, TOTP secret and app password (never log them). */
    @CatalogOperation(MailinOperation.G11)
    public GoogleCredentials credentials(long mailboxId) {
        return http.call(onMailbox(MailinOperation.G11, mailboxId)).as(GoogleCredentials.class);
    }

    /** G12: sets the mailbox's email signature. */
    @CatalogOperation(MailinOperation.G12)
    public MailinMessage addSignature(long mailboxId, String signature) {
        return http.call(onMailbox(MailinOperation.G12, mailboxId).json(new MailboxSignatureRequest(signature))).asMessage();
    }

    /** G13: removes the mailbox's email signature. */
    @CatalogOperation(MailinOperation.G13)
    public MailinMessage deleteSignature(long mailboxId) {
        return http.call(onMailbox(MailinOperation.G13, mailboxId)).asMessage();
    }

    /** G14: forwards the mailbox's mail to an address. */
    @CatalogOperation(MailinOperation.G14)
    public MailinMessage setUpForwarding(long mailboxId, String forwardingEmail) {
        return http.call(onMailbox(MailinOperation.G14, mailboxId).json(new MailboxForwardingRequest(forwardingEmail)))
                .asMessage();
    }

    /** G15: changes the forwarding address. */
    @CatalogOperation(MailinOperation.G15)
    public MailinMessage updateForwarding(long mailboxId, String forwardingEmail) {
        return http.call(onMailbox(MailinOperation.G15, mailboxId).json(new MailboxForwardingRequest(forwardingEmail)))
                .asMessage();
    }

    /** G16: stops forwarding. */
    @CatalogOperation(MailinOperation.G16)
    public MailinMessage removeForwarding(long mailboxId) {
        return http.call(onMailbox(MailinOperation.G16, mailboxId)).asMessage();
    }
}
