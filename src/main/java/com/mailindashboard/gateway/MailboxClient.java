package com.mailindashboard.gateway;

import java.util.List;
import org.springframework.stereotype.Component;

/** SMTP mailbox rows of the catalog: M1 to M8. */
@Component
public class MailboxClient {

    private final MailinHttp http;

    MailboxClient(MailinHttp http) {
        this.http = http;
    }

    /** M1: one page of SMTP mailboxes; {@code name} matches the display name or the address. */
    @CatalogOperation(MailinOperation.M1)
    public MailinPage<MailinMailbox> mailboxes(PageRequest page) {
        return http.call(MailinRequest.to(MailinOperation.M1).page(page)).asPage(MailinMailbox.class);
    }

    /** M2: one mailbox. */
    @CatalogOperation(MailinOperation.M2)
    public MailinMailbox mailbox(long mailboxId) {
        return http.call(onMailbox(MailinOperation.M2, mailboxId)).as(MailinMailbox.class);
    }

    /** M3: creates mailboxes asynchronously (210); follow the job with {@link #jobStatus(String)}. */
    @CatalogOperation(MailinOperation.M3)
    public MailboxJobAccepted create(List<NewMailbox> mailboxes) {
        return MailboxJobAccepted.of(http.call(MailinRequest.to(MailinOperation.M3)
                .json(new NewMailboxesRequest<>(mailboxes))));
    }

    /** M4: the state of a creation job and the mailboxes it made so far. */
    @CatalogOperation(MailinOperation.M4)
    public MailboxJobStatus jobStatus(String uuid) {
        return http.call(MailinRequest.to(MailinOperation.M4).path("uuid", uuid)).as(MailboxJobStatus.class);
    }

    /** M5: sets the display name. */
    @CatalogOperation(MailinOperation.M5)
    public MailinMessage rename(long mailboxId, String name) {
        return http.call(onMailbox(MailinOperation.M5, mailboxId).json(new MailboxNameRequest(name))).asMessage();
    }

    /** M6: sets the password (at least 8 characters). */
    @CatalogOperation(MailinOperation.M6)
    public MailinMessage changePassword(long mailboxId, String password) {
        return http.call(onMailbox(MailinOperation.M6, mailboxId).json(new MailboxPasswordRequest(password))).asMessage();
    }

    /** M7: deletes the mailbox for good. */
    @CatalogOperation(MailinOperation.M7)
    public MailinMessage delete(long mailboxId) {
        return http.call(onMailbox(MailinOperation.M7, mailboxId)).asMessage();
    }

    /** M8: the mailbox's sending limit. */
    @CatalogOperation(MailinOperation.M8)
    public MailboxRateLimit rateLimit(long mailboxId) {
        return http.call(onMailbox(MailinOperation.M8, mailboxId)).as(MailboxRateLimit.class);
    }

    /** A request to an operation whose path names one mailbox ({@code {mailbox_id}}). */
    static MailinRequest onMailbox(MailinOperation operation, long mailboxId) {
        return MailinRequest.to(operation).path("mailbox_id", mailboxId);
    }
}
