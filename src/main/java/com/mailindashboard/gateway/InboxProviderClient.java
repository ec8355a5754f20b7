package com.mailindashboard.gateway;

import org.springframework.stereotype.Component;

/** Inbox provider rows of the catalog: P1 (add), P2 (list), P3 (update), P4 (delete). */
@Component
public class InboxProviderClient {

    private final MailinHttp http;

    InboxProviderClient(MailinHttp http) {
        this.http = http;
    }

    /** P1: adds an inbox provider (201) and returns its id. */
    @CatalogOperation(MailinOperation.P1)
    public InboxProviderCreated add(InboxProviderRequest provider) {
        return http.call(MailinRequest.to(MailinOperation.P1).json(provider)).as(InboxProviderCreated.class);
    }

    /** P2: one page of the account's inbox providers. */
    @CatalogOperation(MailinOperation.P2)
    public MailinPage<InboxProvider> list(PageRequest page) {
        return http.call(MailinRequest.to(MailinOperation.P2).page(page)).asPage(InboxProvider.class);
    }

    /** P3: replaces the provider's fields with the non-null ones given. */
    @CatalogOperation(MailinOperation.P3)
    public MailinMessage update(long id, InboxProviderRequest provider) {
        return http.call(MailinRequest.to(MailinOperation.P3).path("id", id).json(provider)).asMessage();
    }

    /** P4: deletes the provider. */
    @CatalogOperation(MailinOperation.P4)
    public MailinMessage delete(long id) {
        return http.call(MailinRequest.to(MailinOperation.P4).path("id", id)).asMessage();
    }
}
