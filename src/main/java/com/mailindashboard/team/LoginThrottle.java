package com.mailindashboard.team;

import com.mailindashboard.text.Texts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refuses logins after too many failures: {@code max-failures} for one account or from one IP
 * within {@code window} lock further attempts for {@code lockout} after the last counted failure.
 */
@Service
class LoginThrottle {

    private final LoginFailureRepository failures;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Duration lockout;

    LoginThrottle(LoginFailureRepository failures, Clock clock, LoginThrottleProperties properties) {
        this.failures = failures;
        this.clock = clock;
        this.maxFailures = properties.maxFailures();
        this.window = properties.window();
        this.lockout = properties.lockout();
    }

    /** When the account or the address is locked, until when. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String username, String ip) {
        Instant now = clock.instant();
        // a lock still running began with failures up to window + lockout ago (window before the last one)
        Instant since = now.minus(window.plus(lockout));
        Optional<Instant> byAccount = lockedUntil(
                failures.findByAccountKeyAndFailedAtAfterOrderByFailedAtDesc(key(username), since), now);
        Optional<Instant> byIp = lockedUntil(failures.findByIpAndFailedAtAfterOrderByFailedAtDesc(ip, since), now);
        return byAccount.isPresent() && byIp.isPresent()
                ? Optional.of(byAccount.get().isAfter(byIp.get()) ? byAccount.get() : byIp.get())
                : byAccount.or(() -> byIp);
    }

    private Optional<Instant> lockedUntil(List<LoginFailure> recentFirst, Instant now) {
        if (recentFirst.size() < maxFailures) {
            return Optional.empty();
        }
        Instant last = recentFirst.get(0).getFailedAt();
        Instant firstCounted = recentFirst.get(maxFailures - 1).getFailedAt();
        if (Duration.between(firstCounted, last).compareTo(window) > 0) {
            return Optional.empty();
        }
        Instant until = last.plus(lockout);
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }

    @Transactional
    public void recordFailure(String username, String ip) {
        failures.save(new LoginFailure(key(username), ip, clock.instant()));
    }

    @Transactional
    public void recordSuccess(String username) {
        failures.deleteByAccountKey(key(username));
    }

    @SchedulerLock(name = "login-failures-forget")
    @Scheduled(fixedDelay = 3_600_000, initialDelay = 60_000)
    @Transactional
    public void forgetOldFailures() {
        failures.deleteOlderThan(clock.instant().minus(window.plus(lockout).multipliedBy(2)));
    }

    /** The account a failure counts against; a name longer than any email is cut to the column's width. */
    static String key(String username) {
        String normalized = TeamUser.normalize(username);
        return normalized == null || normalized.isEmpty() ? "(blank)" : Texts.fit(normalized, TeamUser.MAX_EMAIL_LENGTH);
    }
}
