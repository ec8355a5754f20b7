package com.mailindashboard.domains;

import com.mailindashboard.gateway.DomainClient;
import com.mailindashboard.gateway.GoogleDomainClient;
import com.mailindashboard.gateway.MailinDomain;
import com.mailindashboard.gateway.MailinPage;
import com.mailindashboard.gateway.PageRequest;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Finds a domain by exact name in the provider's list (Mailin's filter is a wildcard, so results are matched exactly). */
@Component
public class DomainLookup {

    private static final int PER_PAGE = 100;

    private final DomainClient domains;
    private final GoogleDomainClient googleDomains;

    DomainLookup(DomainClient domains, GoogleDomainClient googleDomains) {
        this.domains = domains;
        this.googleDomains = googleDomains;
    }

    public Optional<MailinDomain> byName(DomainProvider provider, String name) {
        PageRequest request = new PageRequest(1, PER_PAGE, name);
        MailinPage<MailinDomain> page = switch (provider) {
            case SMTP -> domains.domains(request);
            case GOOGLE -> googleDomains.domains(request);
            case INBOXKIT -> domains.inboxkitDomains(request);
        };
        return page.data().stream().filter(d -> name.equalsIgnoreCase(d.name())).findFirst();
    }
}
