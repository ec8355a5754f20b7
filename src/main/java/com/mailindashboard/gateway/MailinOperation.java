package com.mailindashboard.gateway;

import org.springframework.http.HttpMethod;

/**
 * Every row of the endpoint catalog ({@code shared/mailin-api/endpoints.md}), with its method and
 * default path. A path starting with {@code !} is relative to {@code /api/v1} instead of
 * {@code /api/v1/public}. Each default can be overridden with {@code mailin.endpoints.<key>}.
 */
public enum MailinOperation {
    A1("auth-login", "POST", "/auth/login"),
    A2("documentation", "GET", "/documentation"),
    U1("user-details", "GET", "/users/{user_id}"),
    S1("server-list", "GET", "/servers"),
    S2("server-get", "GET", "/servers/{server_id}"),
    D1("domain-transfer-inboxkit", "POST", "/domains/transfer/inboxkit"),
    D2("domain-list-inboxkit", "GET", "/domains/get/inboxkit-domains"),
    D3("domain-list", "GET", "/domains"),
    D4("domain-get", "GET", "/domains/{domain_id}"),
    D5("domain-availability", "GET", "/domains/check/domain-availability"),
    D6("domain-buy", "POST", "/domains/buy"),
    D7("domain-subdomain-add", "POST", "/domains/add/subdomain"),
    D8("domain-buy-multiple", "POST", "/domains/buy-multiple"),
    D9("domain-transfer", "POST", "/domains/transfer"),
    D10("domain-job-status", "GET", "/domains/status/{uuid}"),
    D11("domain-delete", "DELETE", "/domains/{domain_id}"),
    D12("domain-rate-limit", "GET", "/domains/{domain_id}/rate-limit"),
    D13("domain-forward", "POST", "/domains/forward"),
    D14("domain-forward-remove", "POST", "/domains/remove/forward"),
    D15("domain-email-forward", "POST", "/domains/email/forward"),
    M1("mailbox-list", "GET", "/mailboxes"),
    M2("mailbox-get", "GET", "/mailboxes/{mailbox_id}"),
    M3("mailbox-create", "POST", "/mailboxes"),
    M4("mailbox-job-status", "GET", "/mailboxes/status/{uuid}"),
    M5("mailbox-rename", "POST", "/mailboxes/{mailbox_id}/name"),
    M6("mailbox-password", "POST", "/mailboxes/{mailbox_id}/password"),
    M7("mailbox-delete", "DELETE", "/mailboxes/{mailbox_id}"),
    M8("mailbox-rate-limit", "GET", "/mailboxes/{mailbox_id}/rate-limit"),
    G1("google-domain-list", "GET", "/domains/list/google"),
    G2("google-domain-buy", "POST", "/domains/buy/google"),
    G3("google-domain-buy-multiple", "POST", "/domains/buy-multiple/google"),
    G4("google-domain-transfer", "POST", "/domains/transfer/google"),
    G5("google-mailbox-list", "GET", "/mailboxes/list/google"),
    G6("google-mailbox-get", "GET", "/mailboxes/{mailbox_id}"),
    G7("google-mailbox-create", "POST", "/mailboxes/add/google"),
    G8("google-mailbox-job-status", "GET", "/mailboxes/status/{uuid}"),
    G9("google-mailbox-rename", "POST", "/mailboxes/{mailbox_id}/name"),
    G10("google-mailbox-totp", "POST", "/mailboxes/{mailbox_id}/generate-totp"),
    G11("google-mailbox-credentials", "GET", "/mailboxes/{mailbox_id}/show-credentials"),
    G12("google-mailbox-signature-add", "POST", "/mailboxes/{mailbox_id}/add-signature"),
    G13("google-mailbox-signature-delete", "DELETE", "/mailboxes/{mailbox_id}/delete-signature"),
    G14("google-mailbox-forwarding-setup", "POST", "/mailboxes/{mailbox_id}/forwarding/setup"),
    G15("google-mailbox-forwarding-update", "POST", "/mailboxes/{mailbox_id}/forwarding/update"),
    G16("google-mailbox-forwarding-remove", "POST", "/mailboxes/{mailbox_id}/google/forwarding"),
    P1("inbox-provider-add", "POST", "/inbox-providers/add"),
    P2("inbox-provider-list", "GET", "/inbox-providers"),
    P3("inbox-provider-update", "PUT", "/inbox-providers/update/{id}"),
    P4("inbox-provider-delete", "DELETE", "/inbox-providers/delete/{id}"),
    R1("registrar-add", "POST", "/domain-registrars/add"),
    R2("registrar-list", "GET", "/domain-registrars"),
    R3("registrar-update", "PUT", "/domain-registrars/update/{id}"),
    R4("registrar-delete", "DELETE", "/domain-registrars/{id}"),
    Z1("azure-order-add", "POST", "/azure-orders/add"),
    Z2("azure-order-list", "GET", "/azure-orders"),
    Z3("azure-order-nameservers", "GET", "/azure-orders/nameservers/{id}"),
    Z4("azure-order-status", "GET", "/azure-orders/status/{id}"),
    Z5("azure-order-mailboxes", "GET", "/azure-orders/get-mailboxes/{id}"),
    Z6("azure-order-remove", "GET", "/azure-orders/remove/{id}"),
    Z7("azure-order-redirect-domain", "POST", "/azure-orders/set-redirect-domain/{id}"),
    Z8("azure-order-inbox-provider-set", "POST", "/azure-orders/set-inbox-provider/{id}"),
    Z9("azure-order-inbox-provider-remove", "POST", "/azure-orders/remove-inbox-provider/{id}"),
    Z10("azure-order-re-upload", "POST", "/azure-orders/trigger-re-upload/{id}"),
    Z11("azure-order-upload-status", "GET", "!/azure-orders/get-inbox-provider-status/{id}"),
    V1("verify-single", "POST", "/verify-single-email"),
    V2("verify-single-result", "GET", "/get-single-email"),
    V3("verify-bulk-file", "POST", "/verify-bulk-file"),
    V4("verify-bulk-list", "POST", "/verify-bulk-emails"),
    V5("verify-task-detail", "GET", "/get-task-detail"),
    V6("verify-credit-history", "GET", "/credit-history"),
    V7("verify-credits", "GET", "/get-credits"),
    V8("verify-download", "POST", "/download-verified-emails");

    private final String key;
    private final HttpMethod method;
    private final String defaultPath;

    MailinOperation(String key, String method, String defaultPath) {
        this.key = key;
        this.method = HttpMethod.valueOf(method);
        this.defaultPath = defaultPath;
    }

    /** The configuration key: {@code mailin.endpoints.<key>} overrides {@link #defaultPath()}. */
    public String key() {
        return key;
    }

    public HttpMethod method() {
        return method;
    }

    public String defaultPath() {
        return defaultPath;
    }

    /**
     * Whether the call changes something at Mailin. Z6 deletes with a GET (sic), so it is a write:
     * it is never retried and always audited.
     */
    public boolean isWrite() {
        return this == Z6 || method != HttpMethod.GET;
    }

    /**
     * Whether a lost answer leaves something at Mailin in an unknown state: every write except the
     * login, which changes nothing that matters and is simply asked again.
     */
    public boolean lostAnswerMatters() {
        return isWrite() && this != A1;
    }

    /** Reads are retried on transient failures; writes never are. */
    public boolean isRetryable() {
        return !isWrite();
    }
}
