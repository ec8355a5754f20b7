package com.mailindashboard.gateway;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Actuator health of the Mailin connection (admins only): UP when the account can be read, DOWN
 * with the reason otherwise, UNKNOWN while no connection is configured. Cached for a minute so a
 * busy health probe never becomes load on the Mailin account.
 */
@Component("mailin")
class MailinHealthIndicator implements HealthIndicator {

    private static final Duration CACHE = Duration.ofMinutes(1);

    private final AccountClient account;
    private final Clock clock;
    private volatile Health last;
    private volatile Instant checkedAt = Instant.EPOCH;

    MailinHealthIndicator(AccountClient account, Clock clock) {
        this.account = account;
        this.clock = clock;
    }

    @Override
    public Health health() {
        Instant now = clock.instant();
        if (last == null || checkedAt.plus(CACHE).isBefore(now)) {
            last = check();
            checkedAt = now;
        }
        return last;
    }

    private Health check() {
        try {
            MailinUser user = account.currentUser();
            return Health.up().withDetail("account", user.email()).build();
        } catch (MailinNotConfiguredException e) {
            return Health.unknown().withDetail("reason", "not configured").build();
        } catch (MailinException e) {
            return Health.down().withDetail("reason", e.outcome())
                    .withDetail("status", e.status() == null ? "none" : e.status()).build();
        }
    }
}
