package com.mailindashboard.notices;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Answers remembered per key for a short time and dropped as soon as this instance changes what they
 * count ({@link #forget()}): an answer read while a change was being made is never reused after it.
 * Another instance's changes show after at most {@code freshFor}. Holds at most {@value #MOST_KEYS} keys.
 */
public final class RecentAnswers<K, V> {

    static final int MOST_KEYS = 10_000;

    private record Answer<V>(V value, long generation, long readAt) {
    }

    private final Map<K, Answer<V>> answers = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final long freshForNanos;
    private final LongSupplier nanoTime;

    public RecentAnswers(Duration freshFor) {
        this(freshFor, System::nanoTime);
    }

    RecentAnswers(Duration freshFor, LongSupplier nanoTime) {
        this.freshForNanos = freshFor.toNanos();
        this.nanoTime = nanoTime;
    }

    /** The answer for {@code key}: the remembered one while it is fresh and nothing changed since, else {@code load}'s. */
    public V get(K key, Function<? super K, ? extends V> load) {
        long now = nanoTime.getAsLong();
        long current = generation.get();
        Answer<V> known = answers.get(key);
        if (known != null && known.generation() == current && now - known.readAt() < freshForNanos) {
            return known.value();
        }
        V value = load.apply(key);
        if (freshForNanos > 0) {
            if (answers.size() >= MOST_KEYS) {
                answers.clear();
            }
            // remembered under the generation seen before the read: a change during the read makes it stale
            answers.put(key, new Answer<>(value, current, now));
        }
        return value;
    }

    /**
     * Drops every answer now and, inside a transaction, once more when it ends: an answer read
     * between the change and its commit still saw the old rows.
     */
    public void forget() {
        generation.incrementAndGet();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    generation.incrementAndGet();
                }
            });
        }
    }
}
