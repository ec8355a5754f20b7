package com.mailindashboard.jobs;

import com.mailindashboard.retry.Backoff;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The scheduler's settings ({@code dashboard.jobs.*}): how often it looks for due jobs, the
 * backoff between polls of one job (from {@code initialDelay}, doubling, capped at {@code maxDelay}),
 * when a pending job counts as stuck, how many jobs are polled at once, how long a claim lasts, and
 * the webhook receiver with the wait before a failed delivery is tried again (from
 * {@code webhookInitialBackoff}, doubling, capped at ten minutes), and how long the starter's notice of a
 * job's end stays in the layout ({@code noticeTtl}; the job itself stays on the jobs page).
 */
@ConfigurationProperties("dashboard.jobs")
public record JobsProperties(Duration pollInterval, Duration initialDelay, Duration maxDelay, Duration stuckAfter,
                             int concurrency, int batchSize, Duration claimLease, String webhookUrl,
                             Duration webhookInitialBackoff, Duration noticeTtl) {

    private static final Duration WEBHOOK_MAX_BACKOFF = Duration.ofMinutes(10);

    public JobsProperties {
        pollInterval = pollInterval == null ? Duration.ofSeconds(2) : pollInterval;
        initialDelay = initialDelay == null ? Duration.ofSeconds(5) : initialDelay;
        maxDelay = maxDelay == null ? Duration.ofMinutes(5) : maxDelay;
        stuckAfter = stuckAfter == null ? Duration.ofHours(2) : stuckAfter;
        concurrency = concurrency <= 0 ? 4 : concurrency;
        batchSize = batchSize <= 0 ? 20 : batchSize;
        claimLease = claimLease == null ? Duration.ofMinutes(10) : claimLease;
        webhookUrl = webhookUrl == null || webhookUrl.isBlank() ? null : webhookUrl.strip();
        webhookInitialBackoff = webhookInitialBackoff == null ? Duration.ofSeconds(10) : webhookInitialBackoff;
        noticeTtl = noticeTtl == null || noticeTtl.isNegative() || noticeTtl.isZero() ? Duration.ofHours(24) : noticeTtl;
    }

    /** The backoff between polls of one job: from {@code initialDelay}, doubling, capped at {@code maxDelay}. */
    public Backoff pollBackoff() {
        return Backoff.exponential(initialDelay, maxDelay);
    }

    /** The backoff between webhook delivery attempts: from {@code webhookInitialBackoff}, doubling, capped at ten minutes. */
    public Backoff webhookBackoff() {
        return Backoff.exponential(webhookInitialBackoff, WEBHOOK_MAX_BACKOFF);
    }
}
