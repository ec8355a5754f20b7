package com.mailindashboard.gateway;

import java.util.List;
import org.springframework.stereotype.Component;

/** Google domain rows of the catalog: G1 to G4. */
@Component
public class GoogleDomainClient {

    private final MailinHttp http;

    GoogleDomainClient(MailinHttp http) {
        this.http = http;
    }

    /** G1: one page of the account's Google domains. */
    @CatalogOperation(MailinOperation.G1)
    public MailinPage<MailinDomain> domains(PageRequest page) {
        return http.call(MailinRequest.to(MailinOperation.G1).page(page)).asPage(MailinDomain.class);
    }

    /** G2: buys one Google domain (.com, .co, .ca, .biz); 422 lists it in {@link MailinValidationException#unavailable()}. */
    @CatalogOperation(MailinOperation.G2)
    public DomainPurchase buy(String domainName) {
        return DomainPurchase.from(http.call(MailinRequest.to(MailinOperation.G2)
                .json(new DomainNameRequest(domainName))));
    }

    /** G3: buys several Google domains in one job; 422 lists the ones that cannot be bought. */
    @CatalogOperation(MailinOperation.G3)
    public DomainPurchase buyMultiple(List<String> domainNames) {
        return DomainPurchase.from(http.call(MailinRequest.to(MailinOperation.G3)
                .json(new DomainNamesRequest(domainNames))));
    }

    /** G4: starts a Google domain transfer; the reply names the name servers to set. */
    @CatalogOperation(MailinOperation.G4)
    public DomainTransfer transfer(String domainName) {
        return DomainTransfer.from(http.call(MailinRequest.to(MailinOperation.G4)
                .json(new DomainNameRequest(domainName))));
    }
}
