package com.mailindashboard.gateway;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Reads that spend the Mailin budget once for many callers: identical reads in flight at the same
 * time share one upstream call, and slow-changing reads (account, servers, credits, providers,
 * registrars, rate limits) are kept for a short time. Any write drops everything kept, and a read
 * that started before a write never stores its (possibly older) answer after it.
 */
final class ReadSharing {

    /** The slow-changing reads that may be answered from memory. Lists of domains or mailboxes are not. */
    static final Set<MailinOperation> KEPT = Set.of(MailinOperation.U1, MailinOperation.S1, MailinOperation.S2,
            MailinOperation.V7, MailinOperation.P2, MailinOperation.R2, MailinOperation.D12, MailinOperation.M8);

    private record Key(String connection, MailinOperation operation, String uri) {
    }

    private record Kept(MailinResponse response, long expiresAtNanos, long generation) {
    }

    private final long ttlNanos;
    private final Map<Key, CompletableFuture<MailinResponse>> inFlight = new ConcurrentHashMap<>();
    private final Map<Key, Kept> kept = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final Counter hits;
    private final Counter misses;
    private final Counter coalesced;

    ReadSharing(Duration ttl, MeterRegistry meters) {
        this.ttlNanos = ttl.toNanos();
        this.hits = Counter.builder("mailin.reads.cache").tag("result", "hit")
                .description("Slow-changing Mailin reads answered from memory or asked upstream").register(meters);
        this.misses = Counter.builder("mailin.reads.cache").tag("result", "miss")
                .description("Slow-changing Mailin reads answered from memory or asked upstream").register(meters);
        this.coalesced = Counter.builder("mailin.reads.coalesced")
                .description("Reads that shared an identical call already in flight").register(meters);
    }

    /**
     * Answers a read: from memory when it is kept and fresh, else by joining an identical call in
     * flight, else by calling {@code upstream} (whose answer or failure every joined caller gets).
     */
    MailinResponse read(String connection, MailinOperation operation, String uri, Supplier<MailinResponse> upstream) {
        Key key = new Key(connection, operation, uri);
        boolean keepable = ttlNanos > 0 && KEPT.contains(operation);
        if (keepable) {
            Kept entry = kept.get(key);
            if (entry != null && entry.generation() == generation.get() && System.nanoTime() - entry.expiresAtNanos() < 0) {
                hits.increment();
                return entry.response();
            }
            misses.increment();
        }
        long startedIn = generation.get();
        CompletableFuture<MailinResponse> mine = new CompletableFuture<>();
        CompletableFuture<MailinResponse> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            coalesced.increment();
            return join(running);
        }
        try {
            MailinResponse response = upstream.get();
            mine.complete(response);
            if (keepable && generation.get() == startedIn) {
                kept.put(key, new Kept(response, System.nanoTime() + ttlNanos, startedIn));
            }
            return response;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    /** A write went out (or may have): nothing read before it is answered from memory again. */
    void writeHappened() {
        generation.incrementAndGet();
        kept.clear();
    }

    private static MailinResponse join(CompletableFuture<MailinResponse> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }
}
