package com.mailindashboard.gateway;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Azure order rows of the catalog, Z1 to Z11. Z6 deletes with a GET; the gateway treats it as a
 * write (never retried, always audited). Z11 lives under {@code /api/v1}, not {@code /api/v1/public}.
 */
@Component
public class AzureOrderClient {

    private final MailinHttp http;

    AzureOrderClient(MailinHttp http) {
        this.http = http;
    }

    /** Z1: places an order (201); follow it with {@link #status(long)}. */
    @CatalogOperation(MailinOperation.Z1)
    public MailinMessage add(AzureOrderRequest order) {
        return http.call(MailinRequest.to(MailinOperation.Z1).json(order)).asMessage();
    }

    /** Z2: one page of orders with their provider, registrar and mailboxes. */
    @CatalogOperation(MailinOperation.Z2)
    public MailinPage<AzureOrder> list(PageRequest page) {
        return http.call(MailinRequest.to(MailinOperation.Z2).page(page)).asPage(AzureOrder.class);
    }

    /** Z3: the nameservers generated for the order's domain. */
    @CatalogOperation(MailinOperation.Z3)
    public AzureOrderNameservers nameservers(long id) {
        return http.call(byId(MailinOperation.Z3, id)).as(AzureOrderNameservers.class);
    }

    /** Z4: whether the order is ready or still in progress. */
    @CatalogOperation(MailinOperation.Z4)
    public AzureOrderStatus status(long id) {
        return http.call(byId(MailinOperation.Z4, id)).as(StatusEnvelope.class).data();
    }

    /** Z5: the order's mailboxes. */
    @CatalogOperation(MailinOperation.Z5)
    public List<AzureOrderMailbox> mailboxes(long id) {
        List<AzureOrderMailbox> mailboxes = http.call(byId(MailinOperation.Z5, id)).as(MailboxesEnvelope.class)
                .mailboxes();
        return mailboxes == null ? List.of() : mailboxes;
    }

    /** Z6: deletes the order and its domain. */
    @CatalogOperation(MailinOperation.Z6)
    public MailinMessage remove(long id) {
        return http.call(byId(MailinOperation.Z6, id)).asMessage();
    }

    /** Z7: forwards the order's emails to the given (master) domain. */
    @CatalogOperation(MailinOperation.Z7)
    public MailinMessage setRedirectDomain(long id, String forwardTo) {
        return http.call(byId(MailinOperation.Z7, id).json(new AzureOrderRedirectRequest(forwardTo))).asMessage();
    }

    /** Z8: assigns an inbox provider to the order. */
    @CatalogOperation(MailinOperation.Z8)
    public MailinMessage setInboxProvider(long id, long providerId) {
        return http.call(byId(MailinOperation.Z8, id).json(new AzureOrderProviderRequest(providerId))).asMessage();
    }

    /** Z9: removes the order's inbox provider. */
    @CatalogOperation(MailinOperation.Z9)
    public MailinMessage removeInboxProvider(long id) {
        return http.call(byId(MailinOperation.Z9, id)).asMessage();
    }

    /** Z10: uploads the order's mailboxes to its inbox provider again. */
    @CatalogOperation(MailinOperation.Z10)
    public MailinMessage triggerReUpload(long id) {
        return http.call(byId(MailinOperation.Z10, id)).asMessage();
    }

    /** Z11: how far the upload of the order's mailboxes to its inbox provider got. */
    @CatalogOperation(MailinOperation.Z11)
    public AzureOrderUploadStatus uploadStatus(long id) {
        return http.call(byId(MailinOperation.Z11, id)).as(UploadEnvelope.class).uploadStatusSummary();
    }

    private static MailinRequest byId(MailinOperation op, long id) {
        return MailinRequest.to(op).path("id", id);
    }

    private record StatusEnvelope(AzureOrderStatus data) {
    }

    private record MailboxesEnvelope(List<AzureOrderMailbox> mailboxes) {
    }

    private record UploadEnvelope(AzureOrderUploadStatus uploadStatusSummary) {
    }
}
