package com.mailindashboard.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Bearer tokens in Sanctum's {@code N|random} form, each valid for a fixed time from login. */
final class SandboxTokens {

    private final Map<String, Issued> tokens = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final Clock clock;
    private final Duration ttl;

    SandboxTokens(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    String issue(long userId) {
        Instant now = clock.instant();
        tokens.values().removeIf(issued -> issued.expiredAt(now));
        String token = sequence.incrementAndGet() + "|" + SandboxRandom.alphanumeric(48);
        tokens.put(token, new Issued(userId, now.plus(ttl)));
        return token;
    }

    /** The user a still valid token belongs to. */
    Optional<Long> userFor(String token) {
        Issued issued = token == null ? null : tokens.get(token);
        if (issued == null || issued.expiredAt(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(issued.userId());
    }

    void expireAll() {
        tokens.clear();
    }

    private record Issued(long userId, Instant expiresAt) {

        boolean expiredAt(Instant now) {
            return !now.isBefore(expiresAt);
        }
    }
}
