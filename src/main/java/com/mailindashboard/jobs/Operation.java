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
import java.time.Instant;
import java.util.List;

/**
 * An operation that spends money or creates things at Mailin, stored under the confirm form's
 * operation key before the upstream call is made.
 */
@Entity
@Table(name = "operation")
public class Operation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String operationKey;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private JobKind kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OperationState state;
    @Column(nullable = false)
    private String subjects;
    @Column(nullable = false)
    private String createdBy;
    @Column(nullable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private Instant updatedAt;
    private Integer upstreamStatus;
    private String upstreamMessage;
    private String refused;
    private Long jobId;
    @Version
    private Long version;

    protected Operation() {
    }

    Operation(String operationKey, JobKind kind, List<String> subjects, String createdBy, Instant now) {
        this.operationKey = operationKey;
        this.kind = kind;
        this.state = OperationState.SUBMITTING;
        this.subjects = WholeLists.join(subjects);
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void settle(OperationState state, Integer upstreamStatus, String upstreamMessage, List<String> refused,
                Long jobId, Instant now) {
        this.state = state;
        this.upstreamStatus = upstreamStatus;
        this.upstreamMessage = Texts.fit(upstreamMessage, 2000);
        this.refused = WholeLists.join(refused);
        this.jobId = jobId;
        this.updatedAt = now;
    }

    public Long getId() { return id; }
    public String getOperationKey() { return operationKey; }
    public JobKind getKind() { return kind; }
    public OperationState getState() { return state; }
    public List<String> getSubjects() { return Texts.split(subjects); }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Integer getUpstreamStatus() { return upstreamStatus; }
    public String getUpstreamMessage() { return upstreamMessage; }
    public List<String> getRefused() { return Texts.split(refused); }
    public Long getJobId() { return jobId; }
}
