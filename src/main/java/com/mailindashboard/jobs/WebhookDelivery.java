package com.mailindashboard.jobs;

import com.mailindashboard.text.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/** One notification of a job's end to {@code DASHBOARD_WEBHOOK_URL}, with its delivery attempts. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    public static final String PENDING = "PENDING";
    public static final String DELIVERED = "DELIVERED";
    public static final String FAILED = "FAILED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    /** Null for notifications about no job (approvals). */
    private Long jobId;
    @Column(nullable = false)
    private String event;
    @Column(nullable = false)
    private String payload;
    @Column(nullable = false)
    private String state;
    private int attempts;
    private Instant nextAttemptAt;
    private String lastError;
    @Column(nullable = false)
    private Instant createdAt;
    private Instant deliveredAt;
    @Version
    private Long version;

    protected WebhookDelivery() {
    }

    WebhookDelivery(Long jobId, String event, String payload, Instant now) {
        this.jobId = jobId;
        this.event = event;
        this.payload = payload;
        this.state = PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void delivered(Instant now) {
        attempts++;
        state = DELIVERED;
        deliveredAt = now;
        nextAttemptAt = null;
        lastError = null;
    }

    void attemptFailed(String error, Instant now, int maxAttempts, Duration nextDelay) {
        attempts++;
        lastError = Texts.fit(error, 1000);
        if (attempts >= maxAttempts) {
            state = FAILED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = now.plus(nextDelay);
        }
    }

    public Long getId() { return id; }
    public Long getJobId() { return jobId; }
    public String getEvent() { return event; }
    public String getPayload() { return payload; }
    public String getState() { return state; }
    public int getAttempts() { return attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public String getLastError() { return lastError; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getDeliveredAt() { return deliveredAt; }
}
