package com.mailindashboard.mailboxes;

import com.mailindashboard.gateway.MailboxClient;
import com.mailindashboard.gateway.MailboxRateLimit;
import com.mailindashboard.gateway.MailinMailbox;
import com.mailindashboard.gateway.PageRequest;
import com.mailindashboard.web.Outcome;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.stereotype.Service;

/**
 * Loads the page of one mailbox. The record (M2; G6 shares its path, and the record says whether
 * the mailbox is a Google one) and the rate limit (M8) are read concurrently on virtual threads.
 * M2 usually leaves out the IMAP/SMTP servers that M1 lists, so for an SMTP mailbox without them
 * they are looked up in M1 filtered by the address.
 */
@Service
class MailboxDetailService {

    static final int SERVER_LOOKUP_PAGE_SIZE = 50;

    private final MailboxClient mailboxes;

    MailboxDetailService(MailboxClient mailboxes) {
        this.mailboxes = mailboxes;
    }

    MailboxDetailPage load(long id) {
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            CompletableFuture<Outcome<MailboxRateLimit>> rateLimit = CompletableFuture.supplyAsync(
                    () -> Outcome.of(() -> mailboxes.rateLimit(id)), pool);
            MailinMailbox mailbox = mailboxes.mailbox(id);
            Outcome<MailboxServers> servers = mailbox.isGoogle() ? new Outcome<>(null, null)
                    : MailboxServers.of(mailbox) != null ? new Outcome<>(MailboxServers.of(mailbox), null)
                    : Outcome.of(() -> lookUpServers(id, mailbox.username()));
            return new MailboxDetailPage(MailboxDetail.of(id, mailbox), rateLimit.join(), servers);
        }
    }

    /** The record itself, for actions that check something against it (the typed address of a deletion). */
    MailinMailbox record(long id) {
        return mailboxes.mailbox(id);
    }

    private MailboxServers lookUpServers(long id, String username) {
        if (username == null || username.isBlank()) {
            return null;
        }
        return mailboxes.mailboxes(new PageRequest(1, SERVER_LOOKUP_PAGE_SIZE, username)).data().stream()
                .filter(row -> row.id() != null && row.id() == id)
                .findFirst().map(MailboxServers::of).orElse(null);
    }
}
