package com.mailindashboard.mailboxes;

import com.mailindashboard.domains.DomainLookup;
import com.mailindashboard.gateway.MailinMailbox;
import com.mailindashboard.gateway.MailinPage;
import com.mailindashboard.gateway.MailinStatus;
import com.mailindashboard.gateway.PageRequest;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Answers through the gateway: the domain list filtered by the exact name (D3/G1), and the mailbox
 * list (M1/G5) filtered by {@code @domain} and paged 100 at a time. Mailin's filter is a wildcard
 * that also matches display names and longer domains, so addresses are matched exactly here.
 */
@Component
class GatewayMailboxDirectory implements MailboxDirectory {

    static final int PER_PAGE = 100;
    /** 50,000 mailboxes on one domain at the most: a guard against a list that never ends. */
    static final int MAX_PAGES = 500;

    private final DomainLookup domains;
    private final MailboxProviders providers;

    GatewayMailboxDirectory(DomainLookup domains, MailboxProviders providers) {
        this.domains = domains;
        this.providers = providers;
    }

    @Override
    public DomainState domain(MailboxProvider provider, String domain) {
        return domains.byName(provider.domainProvider(), domain)
                .map(found -> MailinStatus.active(found.status()) ? DomainState.ACTIVE : DomainState.INACTIVE)
                .orElseGet(() -> domains.byName(provider.other().domainProvider(), domain).isPresent()
                        ? DomainState.OTHER_PROVIDER : DomainState.NOT_IN_ACCOUNT);
    }

    @Override
    public Map<String, Long> mailboxes(MailboxProvider provider, String domain) {
        String suffix = "@" + domain.toLowerCase(Locale.ROOT);
        Map<String, Long> found = new HashMap<>();
        for (int page = 1; page <= MAX_PAGES; page++) {
            PageRequest request = new PageRequest(page, PER_PAGE, suffix);
            MailinPage<MailinMailbox> result = providers.of(provider).list(request);
            for (MailinMailbox mailbox : result.data()) {
                String username = mailbox.username() == null ? "" : mailbox.username().strip().toLowerCase(Locale.ROOT);
                if (username.endsWith(suffix)) {
                    found.put(username, mailbox.id());
                }
            }
            if (result.data().isEmpty() || !result.hasNext()) {
                break;
            }
        }
        return found;
    }
}
