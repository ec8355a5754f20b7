package com.mailindashboard.domains;

import com.mailindashboard.gateway.DomainClient;
import com.mailindashboard.gateway.GoogleDomainClient;
import com.mailindashboard.gateway.MailinDomain;
import com.mailindashboard.gateway.MailinPage;
import com.mailindashboard.gateway.PageRequest;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Finds a domain by exact name in the provider's list (Mailin's filter is a wildcard, so results are matched exactly). */
@Component
public class DomainLookup {

    private static final int PER_PAGE = 100;
    /** Up to this many names, one filtered call each is cheaper than walking the list. */
    static final int ONE_BY_ONE_UP_TO = 5;

    private final DomainClient domains;
    private final GoogleDomainClient googleDomains;

    DomainLookup(DomainClient domains, GoogleDomainClient googleDomains) {
        this.domains = domains;
        this.googleDomains = googleDomains;
    }

    public Optional<MailinDomain> byName(DomainProvider provider, String name) {
        MailinPage<MailinDomain> page = list(provider, new PageRequest(1, PER_PAGE, name));
        return page.data().stream().filter(d -> name.equalsIgnoreCase(d.name())).findFirst();
    }

    /**
     * The given names that are in the provider's list, by lower-case name. A few names are looked up
     * one by one (Mailin filters by name); many are found in one walk through the list, so a large
     * purchase costs about (account size / 100) calls instead of one call per name.
     */
    public Map<String, MailinDomain> byNames(DomainProvider provider, Collection<String> names) {
        Map<String, MailinDomain> found = new HashMap<>();
        if (names.size() <= ONE_BY_ONE_UP_TO) {
            names.forEach(name -> byName(provider, name).ifPresent(d -> found.put(d.name().toLowerCase(Locale.ROOT), d)));
            return found;
        }
        Set<String> wanted = new HashSet<>();
        names.forEach(name -> wanted.add(name.toLowerCase(Locale.ROOT)));
        for (int number = 1; ; number++) {
            MailinPage<MailinDomain> page = list(provider, PageRequest.of(number, PER_PAGE));
            for (MailinDomain domain : page.data()) {
                String key = domain.name() == null ? "" : domain.name().toLowerCase(Locale.ROOT);
                if (wanted.contains(key)) {
                    found.put(key, domain);
                }
            }
            if (found.size() == wanted.size() || !page.hasNext() || page.data().isEmpty()) {
                return found;
            }
        }
    }

    /** One page of the provider's list: D3 (SMTP), G1 (Google) or D2 (Inboxkit). */
    public MailinPage<MailinDomain> list(DomainProvider provider, PageRequest request) {
        return switch (provider) {
            case SMTP -> domains.domains(request);
            case GOOGLE -> googleDomains.domains(request);
            case INBOXKIT -> domains.inboxkitDomains(request);
        };
    }
}
