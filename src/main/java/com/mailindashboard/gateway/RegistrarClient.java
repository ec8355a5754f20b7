package com.mailindashboard.gateway;

import org.springframework.stereotype.Component;

/** Domain registrar rows of the catalog: R1 (add), R2 (list), R3 (update), R4 (delete). */
@Component
public class RegistrarClient {

    private final MailinHttp http;

    RegistrarClient(MailinHttp http) {
        this.http = http;
    }

    /** R1: adds a domain registrar (201) and returns its id. */
    @CatalogOperation(MailinOperation.R1)
    public RegistrarCreated add(RegistrarRequest registrar) {
        return http.call(MailinRequest.to(MailinOperation.R1).json(registrar)).as(RegistrarCreated.class);
    }

    /** R2: one page of the account's domain registrars. */
    @CatalogOperation(MailinOperation.R2)
    public MailinPage<Registrar> list(PageRequest page) {
        return http.call(MailinRequest.to(MailinOperation.R2).page(page)).asPage(Registrar.class);
    }

    /** R3: replaces the registrar's fields with the non-null ones given. */
    @CatalogOperation(MailinOperation.R3)
    public MailinMessage update(long id, RegistrarRequest registrar) {
        return http.call(MailinRequest.to(MailinOperation.R3).path("id", id).json(registrar)).asMessage();
    }

    /** R4: deletes the registrar. */
    @CatalogOperation(MailinOperation.R4)
    public MailinMessage delete(long id) {
        return http.call(MailinRequest.to(MailinOperation.R4).path("id", id)).asMessage();
    }
}
