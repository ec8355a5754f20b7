package com.mailindashboard.audit;

import com.mailindashboard.text.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One audit event. Immutable: the application has no path that updates or deletes one. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Instant occurredAt;
    private Long actorId;
    private String actorEmail;
    private String ip;
    private String userAgent;
    @Column(nullable = false)
    private String action;
    private String targetType;
    private String targetId;
    private String targetLabel;
    private String summary;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditOutcome outcome;
    private Integer upstreamStatus;
    private String upstreamMessage;
    private String upstreamJobId;
    private String correlationId;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, Long actorId, String actorEmail, String ip, String userAgent,
               AuditEntry entry, String correlationId) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorEmail = actorEmail;
        this.ip = ip;
        this.userAgent = Texts.fit(userAgent, 512);
        this.action = entry.action();
        this.targetType = entry.targetType();
        this.targetId = Texts.fit(entry.targetId(), 200);
        this.targetLabel = Texts.fit(entry.targetLabel(), 500);
        this.summary = Texts.fit(entry.summary(), 4000);
        this.outcome = entry.outcome();
        this.upstreamStatus = entry.upstreamStatus();
        this.upstreamMessage = Texts.fit(entry.upstreamMessage(), 2000);
        this.upstreamJobId = Texts.fit(entry.upstreamJobId(), 200);
        this.correlationId = correlationId;
    }

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public Long getActorId() { return actorId; }
    public String getActorEmail() { return actorEmail; }
    public String getIp() { return ip; }
    public String getUserAgent() { return userAgent; }
    public String getAction() { return action; }
    public String getTargetType() { return targetType; }
    public String getTargetId() { return targetId; }
    public String getTargetLabel() { return targetLabel; }
    public String getSummary() { return summary; }
    public AuditOutcome getOutcome() { return outcome; }
    public Integer getUpstreamStatus() { return upstreamStatus; }
    public String getUpstreamMessage() { return upstreamMessage; }
    public String getUpstreamJobId() { return upstreamJobId; }
    public String getCorrelationId() { return correlationId; }
}
