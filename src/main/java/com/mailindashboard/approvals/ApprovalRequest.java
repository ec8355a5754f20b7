package com.mailindashboard.approvals;

import com.mailindashboard.text.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;

/**
 * A submission held for approval: its operation key (made at preview), what it does, the preview
 * the requester saw (serialized, everything it will send), who asked, until when, and the decision
 * with the upstream result once approved.
 */
@Entity
@EntityListeners(ApprovalRequestChanges.class)
public class ApprovalRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, unique = true)
    private String operationKey;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApprovalAction action;
    @Column(nullable = false)
    private String subjects;
    @Column(nullable = false)
    private String preview;
    @Column(nullable = false)
    private int amount;
    @Column(nullable = false)
    private String requestedBy;
    @Column(nullable = false)
    private Instant requestedAt;
    @Column(nullable = false)
    private Instant expiresAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApprovalState state;
    private String decidedBy;
    private Instant decidedAt;
    private String reason;
    private String resultPath;
    private String resultState;
    @Column(nullable = false)
    private boolean requesterSeen;
    @Version
    private long version;

    protected ApprovalRequest() {
    }

    ApprovalRequest(ApprovalSubmission submission, String preview, Instant now, Instant expiresAt) {
        this.operationKey = submission.operationKey();
        this.action = submission.action();
        this.subjects = Texts.join(submission.subjects());
        this.preview = preview;
        this.amount = submission.amount();
        this.requestedBy = submission.requestedBy();
        this.requestedAt = now;
        this.expiresAt = expiresAt;
        this.state = ApprovalState.PENDING;
        this.requesterSeen = true;
    }

    public Long getId() {
        return id;
    }

    public String getOperationKey() {
        return operationKey;
    }

    public ApprovalAction getAction() {
        return action;
    }

    public List<String> getSubjects() {
        return Texts.split(subjects);
    }

    public String getPreview() {
        return preview;
    }

    public int getAmount() {
        return amount;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public ApprovalState getState() {
        return state;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getReason() {
        return reason;
    }

    public String getResultPath() {
        return resultPath;
    }

    public String getResultState() {
        return resultState;
    }

    public boolean isRequesterSeen() {
        return requesterSeen;
    }
}
