package com.mailindashboard.overview;

import com.mailindashboard.gateway.AccountClient;
import com.mailindashboard.gateway.MailinConnectionSource;
import com.mailindashboard.gateway.MailinServer;
import com.mailindashboard.gateway.MailinUser;
import com.mailindashboard.gateway.ServerClient;
import com.mailindashboard.gateway.UpstreamLane;
import com.mailindashboard.gateway.UpstreamLanes;
import com.mailindashboard.gateway.VerificationClient;
import com.mailindashboard.web.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The account's figures read from Mailin (U1, S1, V7), read concurrently (on virtual threads) so
 * a read costs about one round trip, and kept for {@code dashboard.overview.cache-ttl}: panels and
 * attention rules share one read. A read with a failed part is kept for at most
 * {@link #PROBLEM_TTL}, so a Mailin that is down is not asked again by every panel but is soon
 * asked again; a change of connection (settings) reads again at once.
 */
@Component
class AccountFigures {

    private static final Logger log = LoggerFactory.getLogger(AccountFigures.class);

    static final Duration PROBLEM_TTL = Duration.ofSeconds(10);

    private final AccountClient account;
    private final ServerClient servers;
    private final VerificationClient verification;
    private final OverviewProperties properties;
    private final Clock clock;
    private final MailinConnectionSource connections;
    /** A lock rather than synchronized: the read blocks on I/O, which must not pin a virtual thread's carrier. */
    private final ReentrantLock reading = new ReentrantLock();
    private volatile Cached cached;

    AccountFigures(AccountClient account, ServerClient servers, VerificationClient verification, OverviewProperties properties, Clock clock,
                   MailinConnectionSource connections) {
        this.account = account;
        this.servers = servers;
        this.verification = verification;
        this.properties = properties;
        this.clock = clock;
        this.connections = connections;
    }

    /** The figures, read again when too old or read for another connection (one reader at a time). */
    AccountSnapshot current() {
        String connection = connectionKey();
        Cached known = cached;
        if (fresh(known, connection)) {
            return known.snapshot();
        }
        reading.lock();
        try {
            known = cached;
            if (fresh(known, connection)) {
                return known.snapshot();
            }
            AccountSnapshot snapshot = read();
            cached = new Cached(snapshot, connection);
            return snapshot;
        } finally {
            reading.unlock();
        }
    }

    /**
     * Starts reading the figures now, on a thread of its own in the page lane, when they are too old: the
     * overview's shell calls it so that the read is under way while the browser asks for the panels that
     * need it (they then wait for this read instead of starting one); nothing happens when they are fresh.
     */
    void readAhead() {
        Thread.ofVirtual().name("overview-read-ahead").start(() -> {
            try {
                UpstreamLanes.in(UpstreamLane.PAGE, this::current);
            } catch (RuntimeException e) {
                // each part's problem is kept in the snapshot; anything else shows when a panel reads
                log.debug("Reading the account figures ahead failed", e);
            }
        });
    }

    /** Forgets the figures, so the next use reads Mailin again ("refresh now"). */
    void forget() {
        cached = null;
    }

    private boolean fresh(Cached known, String connection) {
        if (known == null || !known.connection().equals(connection)) {
            return false;
        }
        AccountSnapshot snapshot = known.snapshot();
        boolean failed = !snapshot.user().ok() || !snapshot.servers().ok() || !snapshot.credits().ok();
        Duration ttl = failed && PROBLEM_TTL.compareTo(properties.cacheTtl()) < 0 ? PROBLEM_TTL : properties.cacheTtl();
        return snapshot.readAt().plus(ttl).isAfter(clock.instant());
    }

    /** Which connection the figures were read with (never its password). */
    private String connectionKey() {
        return connections.connection()
                .map(c -> c.complete() + "|" + c.baseUrl() + "|" + c.email())
                .orElse("none");
    }

    private AccountSnapshot read() {
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            CompletableFuture<Outcome<MailinUser>> user = CompletableFuture.supplyAsync(
                    () -> Outcome.of(account::currentUser), pool);
            CompletableFuture<Outcome<List<MailinServer>>> serverList = CompletableFuture.supplyAsync(
                    () -> Outcome.of(servers::servers), pool);
            CompletableFuture<Outcome<Long>> credits = CompletableFuture.supplyAsync(
                    () -> Outcome.of(verification::credits), pool);
            return new AccountSnapshot(user.join(), serverList.join(), credits.join(), clock.instant());
        }
    }

    private record Cached(AccountSnapshot snapshot, String connection) {
    }
}
