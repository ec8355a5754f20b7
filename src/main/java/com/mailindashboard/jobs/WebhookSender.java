package com.mailindashboard.jobs;

import com.mailindashboard.gateway.WebhookClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
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
    private final WebhookClient http;

    WebhookSender(WebhookDeliveryRepository deliveries, JobsProperties properties, TransactionTemplate transactions,
                  Clock clock, WebhookClient http) {
        this.http = http;
        this.deliveries = deliveries;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    public void deliverDue() {
        if (properties.webhookUrl() == null) {
            return;
        }
        List<WebhookDelivery> due = deliveries.findByStateAndNextAttemptAtLessThanEqualOrderByIdAsc(
                WebhookDelivery.State.PENDING, clock.instant(), Limit.of(20));
        for (WebhookDelivery delivery : due) {
            Instant now = clock.instant();
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
                            properties.webhookBackoff().delay(fresh.getAttempts() + 1));
                    log.warn("Webhook delivery {} for job {} failed (attempt {}): {}", fresh.getId(),
                            fresh.getJobId(), fresh.getAttempts(), error);
                }
            }));
        }
    }

    /** Posts the payload; null when the receiver took it (2xx), else what went wrong. */
    private String send(String payload) {
        return http.post(properties.webhookUrl(), payload);
    }
}
