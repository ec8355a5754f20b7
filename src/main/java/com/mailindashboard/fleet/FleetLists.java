package com.mailindashboard.fleet;

import com.mailindashboard.gateway.DomainClient;
import com.mailindashboard.gateway.GoogleDomainClient;
import com.mailindashboard.gateway.GoogleMailboxClient;
import com.mailindashboard.gateway.MailboxClient;
import com.mailindashboard.gateway.MailinDomain;
import com.mailindashboard.gateway.MailinMailbox;
import com.mailindashboard.gateway.MailinPage;
import com.mailindashboard.gateway.PageRequest;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** Reads one page of a fleet list through the gateway (D3, G1, D2, M1, G5). */
@Component
class FleetLists {

    private final DomainClient domains;
    private final GoogleDomainClient googleDomains;
    private final MailboxClient mailboxes;
    private final GoogleMailboxClient googleMailboxes;

    FleetLists(DomainClient domains, GoogleDomainClient googleDomains, MailboxClient mailboxes,
               GoogleMailboxClient googleMailboxes) {
        this.domains = domains;
        this.googleDomains = googleDomains;
        this.mailboxes = mailboxes;
        this.googleMailboxes = googleMailboxes;
    }

    FleetPage page(FleetKind kind, PageRequest request) {
        return switch (kind) {
            case SMTP_DOMAINS -> of(domains.domains(request), FleetLists::row);
            case GOOGLE_DOMAINS -> of(googleDomains.domains(request), FleetLists::row);
            case INBOXKIT_DOMAINS -> of(domains.inboxkitDomains(request), FleetLists::row);
            case SMTP_MAILBOXES -> of(mailboxes.mailboxes(request), FleetLists::row);
            case GOOGLE_MAILBOXES -> of(googleMailboxes.mailboxes(request), FleetLists::row);
        };
    }

    private static <T> FleetPage of(MailinPage<T> page, Function<T, FleetRow> row) {
        Long total = page.total() != null ? page.total() : null;
        return new FleetPage(page.data().stream().map(row).toList(), total, page.pageCount());
    }

    private static FleetRow row(MailinDomain domain) {
        return new FleetRow(domain.id(), domain.name(), domain.status());
    }

    private static FleetRow row(MailinMailbox mailbox) {
        return new FleetRow(mailbox.id(), mailbox.username() != null ? mailbox.username() : mailbox.name(),
                mailbox.status());
    }
}
