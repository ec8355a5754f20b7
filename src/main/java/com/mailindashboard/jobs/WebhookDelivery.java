package com.mailindashboard.jobs;

import com.mailindashboard.text.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

    /** Where a delivery stands (stored by name). */
    public enum State {
        /** Not delivered yet; tried again at {@code nextAttemptAt}. */
        PENDING,
        /** The receiver answered 2xx. */
        DELIVERED,
        /** Every attempt failed; not tried again. */
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    /** Null for notifications about no job (approvals). */
    private Long jobId;
    @Column(nullable = false)
    private String event;
    @Column(nullable = false)
    private String payload;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;
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
        this.state = State.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void delivered(Instant now) {
        attempts++;
        state = State.DELIVERED;
        deliveredAt = now;
        nextAttemptAt = null;
        lastError = null;
    }

    void attemptFailed(String error, Instant now, int maxAttempts, Duration nextDelay) {
        attempts++;
        lastError = Texts.fit(error, 1000);
        if (attempts >= maxAttempts) {
            state = State.FAILED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = now.plus(nextDelay);
        }
    }

    public Long getId() { return id; }
    public Long getJobId() { return jobId; }
    public String getEvent() { return event; }
    public String getPayload() { return payload; }
    public State getState() { return state; }
    public int getAttempts() { return attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public String getLastError() { return lastError; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getDeliveredAt() { return deliveredAt; }
}
