package com.mailindashboard.overview;

import com.mailindashboard.gateway.AccountClient;
import com.mailindashboard.gateway.MailinServer;
import com.mailindashboard.gateway.MailinUser;
import com.mailindashboard.gateway.ServerClient;
import com.mailindashboard.gateway.VerificationClient;
import com.mailindashboard.web.Outcome;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The account's figures read from Mailin (U1, S1, V7), read concurrently (on virtual threads) so
 * a read costs about one round trip, and kept for {@code dashboard.overview.cache-ttl}: panels and
 * attention rules share one read. A failed read is kept too (for the same time), so a Mailin that
 * is down is not asked again by every panel.
 */
@Component
class AccountFigures {

    private final AccountClient account;
    private final ServerClient servers;
    private final VerificationClient verification;
    private final MessageSource messages;
    private final OverviewProperties properties;
    private final Clock clock;
    private volatile AccountSnapshot snapshot;

    AccountFigures(AccountClient account, ServerClient servers, VerificationClient verification,
                   MessageSource messages, OverviewProperties properties, Clock clock) {
        this.account = account;
        this.servers = servers;
        this.verification = verification;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    /** The figures, read again when older than the cache time (one reader at a time). */
    AccountSnapshot current(Locale locale) {
        AccountSnapshot known = snapshot;
        if (known != null && known.readAt().plus(properties.cacheTtl()).isAfter(clock.instant())) {
            return known;
        }
        synchronized (this) {
            known = snapshot;
            if (known != null && known.readAt().plus(properties.cacheTtl()).isAfter(clock.instant())) {
                return known;
            }
            snapshot = read(locale);
            return snapshot;
        }
    }

    /** Forgets the figures, so the next use reads Mailin again ("refresh now"). */
    void forget() {
        snapshot = null;
    }

    private AccountSnapshot read(Locale locale) {
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            CompletableFuture<Outcome<MailinUser>> user = CompletableFuture.supplyAsync(
                    () -> Outcome.of(account::currentUser, messages, locale), pool);
            CompletableFuture<Outcome<List<MailinServer>>> serverList = CompletableFuture.supplyAsync(
                    () -> Outcome.of(servers::servers, messages, locale), pool);
            CompletableFuture<Outcome<Long>> credits = CompletableFuture.supplyAsync(
                    () -> Outcome.of(verification::credits, messages, locale), pool);
            return new AccountSnapshot(user.join(), serverList.join(), credits.join(), clock.instant());
        }
    }
}
