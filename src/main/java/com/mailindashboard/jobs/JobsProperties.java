package com.mailindashboard.jobs;

import com.mailindashboard.retry.Backoff;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The scheduler's settings ({@code dashboard.jobs.*}).
 *
 * @param pollInterval          how often the scheduler looks for due jobs
 * @param startDelay            the wait after start before the scheduler (and the webhook sender and the fleet
 *                              summary) first run
 * @param initialDelay          the wait before a job's first poll; it doubles after each poll, up to {@code maxDelay}
 * @param maxDelay              the longest wait between two polls of one job
 * @param stuckAfter            when a pending job counts as stuck
 * @param concurrency           how many jobs are polled at once
 * @param batchSize             the most due jobs one cycle claims
 * @param claimLease            how long a claim on a job lasts (another instance may poll it after that)
 * @param webhookUrl            the receiver of job ends and stuck jobs ({@code DASHBOARD_WEBHOOK_URL}); empty: none
 * @param webhookInitialBackoff the wait before a failed delivery is tried again; it doubles, capped at ten minutes
 * @param webhookInterval       how often due webhook deliveries are sent
 * @param noticeTtl             how long the starter sees the notice of a job's end in the layout (the job itself
 *                              stays on the jobs page)
 */
@Validated
@ConfigurationProperties("dashboard.jobs")
public record JobsProperties(@DefaultValue("2s") @DurationMin(millis = 1) Duration pollInterval,
                             @DefaultValue("3s") @DurationMin(nanos = 0) Duration startDelay,
                             @DefaultValue("5s") @DurationMin(nanos = 0) Duration initialDelay,
                             @DefaultValue("5m") @DurationMin(nanos = 0) Duration maxDelay,
                             @DefaultValue("2h") @DurationMin(seconds = 1) Duration stuckAfter,
                             @DefaultValue("4") @Min(1) int concurrency,
                             @DefaultValue("20") @Min(1) int batchSize,
                             @DefaultValue("10m") @DurationMin(seconds = 1) Duration claimLease,
                             String webhookUrl,
                             @DefaultValue("10s") @DurationMin(nanos = 0) Duration webhookInitialBackoff,
                             @DefaultValue("5s") @DurationMin(millis = 1) Duration webhookInterval,
                             @DefaultValue("24h") @DurationMin(seconds = 1) Duration noticeTtl) {

    private static final Duration WEBHOOK_MAX_BACKOFF = Duration.ofMinutes(10);

    public JobsProperties {
        webhookUrl = webhookUrl == null || webhookUrl.isBlank() ? null : webhookUrl.strip();
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
