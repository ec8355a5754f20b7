package com.mailindashboard.gateway;

import java.util.List;
import org.springframework.stereotype.Component;

/** SMTP domain rows of the catalog: D1 to D15. */
@Component
public class DomainClient {

    private final MailinHttp http;

    DomainClient(MailinHttp http) {
        this.http = http;
    }

    /** D1: starts moving an Inboxkit domain (named, with its Inboxkit uid) into the account. */
    @CatalogOperation(MailinOperation.D1)
    public DomainTransfer transferInboxkit(String domainName, String uid) {
        return DomainTransfer.from(http.call(MailinRequest.to(MailinOperation.D1)
                .json(new DomainInboxkitTransferRequest(domainName, uid))));
    }

    /** D2: one page of the account's Inboxkit domains. */
    @CatalogOperation(MailinOperation.D2)
    public MailinPage<MailinDomain> inboxkitDomains(PageRequest page) {
        return http.call(MailinRequest.to(MailinOperation.D2).page(page)).asPage(MailinDomain.class);
    }

    /** D3: one page of the account's domains. */
    @CatalogOperation(MailinOperation.D3)
    public MailinPage<MailinDomain> domains(PageRequest page) {
        return http.call(MailinRequest.to(MailinOperation.D3).page(page)).asPage(MailinDomain.class);
    }

    /** D4: one domain. */
    @CatalogOperation(MailinOperation.D4)
    public MailinDomain domain(long domainId) {
        return http.call(MailinRequest.to(MailinOperation.D4).path("domain_id", domainId)).as(MailinDomain.class);
    }

    /** D5: whether a name can be bought. Mailin's 404 means "unavailable" here, not an error. */
    @CatalogOperation(MailinOperation.D5)
    public DomainAvailability availability(String domainName) {
        try {
            MailinResponse response = http.call(MailinRequest.to(MailinOperation.D5).query("domain_name", domainName));
            return new DomainAvailability(domainName, true, response.message());
        } catch (MailinNotFoundException e) {
            return new DomainAvailability(domainName, false, e.upstreamMessage());
        }
    }

    /** D6: buys one domain (.com, .co, .ca, .biz); 422 lists it in {@link MailinValidationException#unavailable()}. */
    @CatalogOperation(MailinOperation.D6)
    public DomainPurchase buy(String domainName) {
        return DomainPurchase.from(http.call(MailinRequest.to(MailinOperation.D6)
                .json(new DomainNameRequest(domainName))));
    }

    /** D7: adds {@code subdomain} (a prefix such as {@code sales}) under an active domain. */
    @CatalogOperation(MailinOperation.D7)
    public MailinMessage addSubdomain(String subdomain, String domain) {
        return http.call(MailinRequest.to(MailinOperation.D7)
                .json(new DomainSubdomainRequest(subdomain, domain))).asMessage();
    }

    /** D8: buys several domains in one job; 422 lists the ones that cannot be bought. */
    @CatalogOperation(MailinOperation.D8)
    public DomainPurchase buyMultiple(List<String> domainNames) {
        return DomainPurchase.from(http.call(MailinRequest.to(MailinOperation.D8)
                .json(new DomainNamesRequest(domainNames))));
    }

    /** D9: starts a transfer; the reply names the name servers to set at the current registrar. */
    @CatalogOperation(MailinOperation.D9)
    public DomainTransfer transfer(String domainName) {
        return DomainTransfer.from(http.call(MailinRequest.to(MailinOperation.D9)
                .json(new DomainNameRequest(domainName))));
    }

    /** D10: the state of the job a purchase started; an unknown uuid is {@link MailinNotFoundException}. */
    @CatalogOperation(MailinOperation.D10)
    public DomainJobStatus jobStatus(String uuid) {
        return http.call(MailinRequest.to(MailinOperation.D10).path("uuid", uuid)).as(DomainJobStatus.class);
    }

    /** D11: deletes a domain and all its mailboxes, for good. */
    @CatalogOperation(MailinOperation.D11)
    public MailinMessage delete(long domainId) {
        return http.call(MailinRequest.to(MailinOperation.D11).path("domain_id", domainId)).asMessage();
    }

    /** D12: a domain's sending limit. */
    @CatalogOperation(MailinOperation.D12)
    public DomainRateLimit rateLimit(long domainId) {
        return http.call(MailinRequest.to(MailinOperation.D12).path("domain_id", domainId)).as(DomainRateLimit.class);
    }

    /** D13: forwards a domain to another domain. */
    @CatalogOperation(MailinOperation.D13)
    public MailinMessage forward(long domainId, String forwardToDomain) {
        return http.call(MailinRequest.to(MailinOperation.D13)
                .json(new DomainForwardRequest(domainId, forwardToDomain))).asMessage();
    }

    /** D14: removes a domain's forwarding. */
    @CatalogOperation(MailinOperation.D14)
    public MailinMessage removeForward(long domainId) {
        return http.call(MailinRequest.to(MailinOperation.D14).json(new DomainIdRequest(domainId))).asMessage();
    }

    /** D15: forwards all email of a domain to one address. */
    @CatalogOperation(MailinOperation.D15)
    public MailinMessage forwardEmail(long domainId, String forwardToEmail) {
        return http.call(MailinRequest.to(MailinOperation.D15)
                .json(new DomainForwardRequest(domainId, forwardToEmail))).asMessage();
    }
}
