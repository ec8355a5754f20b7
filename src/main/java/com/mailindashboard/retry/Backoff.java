package com.mailindashboard.retry;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

/**
 * The application's one backoff policy: the wait before retry {@code n} (1 for the first) is
 * {@code first} doubled {@code n - 1} times, capped at {@code max} (a {@code max} below {@code first}
 * makes every wait {@code max}); with jitter, a random point
 * between half and all of that step, so calls that failed together do not come back together.
 * After {@code maxRetries} retries there is no next one.
 *
 * <p>Reads from Mailin ({@code mailin.retry.*}, with jitter and a retry limit), polls of a job
 * ({@code dashboard.jobs.initial-delay}..{@code max-delay}) and webhook deliveries
 * ({@code dashboard.jobs.webhook-initial-backoff}) each hold one with their own figures. As a
 * Spring {@link BackOff} it drives a {@code RetryTemplate} (the gateway's reads); work whose
 * retries are spread over scheduler cycles asks {@link #delay(long)} for its stored count.
 */
public record Backoff(Duration first, Duration max, long maxRetries, boolean jitter) implements BackOff {

    /** No limit on retries: whoever uses it counts them. */
    public static final long UNLIMITED = Long.MAX_VALUE;

    public Backoff {
        if (first == null || first.isNegative() || max == null || max.isNegative() || maxRetries < 0) {
            throw new IllegalArgumentException("A backoff needs first >= 0, max >= 0 and maxRetries >= 0, not "
                    + first + ".." + max + " x " + maxRetries);
        }
    }

    /** Doubling from {@code first} up to {@code max}, no jitter, no limit. */
    public static Backoff exponential(Duration first, Duration max) {
        return new Backoff(first, max, UNLIMITED, false);
    }

    /** The same steps, each waited for a random point between half and all of it. */
    public Backoff withJitter() {
        return new Backoff(first, max, maxRetries, true);
    }

    /** The same steps, with no retry after the {@code retries}-th. */
    public Backoff limitedTo(long retries) {
        return new Backoff(first, max, retries, jitter);
    }

    /** The wait before retry {@code retry} (1 for the first; smaller counts as 1). */
    public Duration delay(long retry) {
        long step = ceiling(retry);
        return Duration.ofMillis(jitter ? step / 2 + ThreadLocalRandom.current().nextLong(step / 2 + 1) : step);
    }

    private long ceiling(long retry) {
        long doublings = Math.min(Math.max(retry - 1, 0), 40);
        long firstMillis = first.toMillis();
        long maxMillis = max.toMillis();
        // shift only while it cannot overflow past the cap
        return firstMillis == 0 ? 0 : firstMillis > (maxMillis >> doublings) ? maxMillis
                : Math.min(firstMillis << doublings, maxMillis);
    }

    /** One run of retries for a {@code RetryTemplate}: {@link #delay(long)} in milliseconds, then {@code STOP}. */
    @Override
    public BackOffExecution start() {
        return new BackOffExecution() {
            private long retries;

            @Override
            public long nextBackOff() {
                return retries >= maxRetries ? STOP : delay(++retries).toMillis();
            }
        };
    }
}
