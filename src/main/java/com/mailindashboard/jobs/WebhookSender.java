package com.mailindashboard.jobs;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Delivers queued webhook notifications; failures are retried with backoff and stay visible on the job. */
@Component
class WebhookSender {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    static final int MAX_ATTEMPTS = 8;
    /** Longer than one delivery attempt can take (10 s timeout), so a claim never expires mid-send. */
    static final Duration CLAIM_LEASE = Duration.ofMinutes(1);

    private final WebhookDeliveryRepository deliveries;
    private final JobsProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    WebhookSender(WebhookDeliveryRepository deliveries, JobsProperties properties, TransactionTemplate transactions,
                  Clock clock) {
        this.deliveries = deliveries;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${dashboard.jobs.webhook-interval:5s}", initialDelayString = "${dashboard.jobs.start-delay:3s}")
    public void deliverDue() {
        if (properties.webhookUrl() == null) {
            return;
        }
        List<WebhookDelivery> due = deliveries.findByStateAndNextAttemptAtLessThanEqualOrderByIdAsc(
                WebhookDelivery.PENDING, clock.instant(), Limit.of(20));
        for (WebhookDelivery delivery : due) {
            java.time.Instant now = clock.instant();
            Integer claimed = transactions.execute(status -> deliveries.claim(delivery.getId(), now,
                    now.plus(CLAIM_LEASE)));
            if (claimed == null || claimed == 0) {
                continue;
            }
            String error = send(delivery.getPayload());
            transactions.executeWithoutResult(status -> deliveries.findById(delivery.getId()).ifPresent(fresh -> {
                if (error == null) {
                    fresh.delivered(clock.instant());
                } else {
                    fresh.attemptFailed(error, clock.instant(), MAX_ATTEMPTS,
                            properties.webhookBackoff(fresh.getAttempts() + 1));
                    log.warn("Webhook delivery {} for job {} failed (attempt {}): {}", fresh.getId(),
                            fresh.getJobId(), fresh.getAttempts(), error);
                }
            }));
        }
    }

    /** Posts the payload; null when the receiver took it (2xx), else what went wrong. */
    private String send(String payload) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(properties.webhookUrl()))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(payload))
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (Exception e) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
    }
}
