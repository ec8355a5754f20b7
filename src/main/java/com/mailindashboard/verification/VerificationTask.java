package com.mailindashboard.verification;

import com.mailindashboard.gateway.VerificationTaskDetail;
import com.mailindashboard.gateway.VerificationType;
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
import java.util.ArrayList;
import java.util.List;

/**
 * One verification started from the dashboard, single or bulk: who, when, what was sent, the
 * credits expected and used, Mailin's task id and where it stands; the verdict of a single address
 * or the counts per category of a bulk task once finished.
 */
@Entity
@Table(name = "verification_task")
public class VerificationTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String operationKey;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VerificationMethod method;
    @Enumerated(EnumType.STRING)
    @Column(name = "verification_type", nullable = false)
    private VerificationType type;
    @Column(nullable = false)
    private String source;
    private String checkId;
    @Column(nullable = false)
    private String createdBy;
    @Column(nullable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private Instant updatedAt;
    private Instant finishedAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VerificationTaskStatus status;
    private long addressesSent;
    private long creditsExpected;
    private Long creditsUsed;
    private String upstreamTaskId;
    private String upstreamMessage;
    private String reason;
    private Long operationId;
    private Long jobId;
    private String email;
    private String result;
    private Integer score;
    private Long totalRows;
    private Long deliverable;
    private Long catchAll;
    private Long invalid;
    /** {@code unknown} is a keyword of H2 (the embedded default): the column is named for what it counts. */
    @Column(name = "unknown_count")
    private Long unknown;
    private Long duplicate;
    private Long risky;
    private Long undeliverable;
    @Version
    private Long version;

    protected VerificationTask() {
    }

    VerificationTask(String operationKey, VerificationMethod method, VerificationType type, String source,
                     String checkId, String createdBy, long addresses, Instant now) {
        this.operationKey = operationKey;
        this.method = method;
        this.type = type;
        this.source = Texts.fit(source, 255);
        this.checkId = checkId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
        this.status = VerificationTaskStatus.SUBMITTING;
        this.addressesSent = addresses;
        this.creditsExpected = addresses;
    }

    /** Mailin accepted it: Mailin takes the credits when a task starts. */
    void accepted(Long operationId, Long jobId, String upstreamTaskId, String message, Instant now) {
        this.operationId = operationId;
        this.jobId = jobId;
        this.upstreamTaskId = upstreamTaskId;
        this.upstreamMessage = Texts.fit(message, 2000);
        if (status == VerificationTaskStatus.SUBMITTING || status == VerificationTaskStatus.OUTCOME_UNKNOWN) {
            this.status = VerificationTaskStatus.RUNNING; // unless the tracker already saw its end
        }
        if (creditsUsed == null) {
            this.creditsUsed = creditsExpected;
        }
        this.updatedAt = now;
    }

    /** Mailin refused it, failed, or its answer was lost (then a job reconciles it). */
    void notAccepted(VerificationTaskStatus status, Long operationId, Long jobId, String message, Instant now) {
        this.status = status;
        this.operationId = operationId;
        this.jobId = jobId;
        this.upstreamMessage = Texts.fit(message, 2000);
        this.creditsUsed = status == VerificationTaskStatus.OUTCOME_UNKNOWN ? null : 0L;
        this.updatedAt = now;
        if (!status.active()) {
            this.finishedAt = now;
        }
    }

    /** A single address's verdict (V1/V2): done when Mailin's status says so. */
    void singleResult(String result, Integer score, Integer credits, boolean done, boolean failed, String message,
                      Instant now) {
        if (result != null) {
            this.result = Texts.fit(result, 40);
        }
        if (score != null) {
            this.score = score;
        }
        if (credits != null) {
            this.creditsUsed = credits.longValue();
        }
        this.updatedAt = now;
        if (done || result != null) {
            finish(VerificationTaskStatus.FINISHED, null, now);
        } else if (failed) {
            finish(VerificationTaskStatus.FAILED, message, now);
        }
    }

    /** A bulk task's V5 answer. */
    void bulkDetail(VerificationTaskDetail detail, Instant now) {
        this.updatedAt = now;
        if (detail.finished()) {
            this.totalRows = detail.totalRows();
            this.deliverable = detail.deliverable();
            this.catchAll = detail.catchAll();
            this.invalid = detail.invalid();
            this.unknown = detail.unknown();
            this.duplicate = detail.duplicate();
            this.risky = detail.risky();
            this.undeliverable = detail.undeliverable();
            finish(VerificationTaskStatus.FINISHED, null, now);
        } else if (detail.failedAndRefunded()) {
            this.creditsUsed = 0L;
            finish(VerificationTaskStatus.REFUNDED, detail.reason() != null ? detail.reason() : detail.message(), now);
        } else if (status == VerificationTaskStatus.OUTCOME_UNKNOWN) {
            this.status = VerificationTaskStatus.RUNNING;
        }
    }

    void stuck(Instant now) {
        if (status.active()) {
            status = VerificationTaskStatus.STUCK;
            updatedAt = now;
        }
    }

    private void finish(VerificationTaskStatus end, String why, Instant now) {
        this.status = end;
        this.reason = Texts.fit(why, 2000);
        this.finishedAt = now;
    }

    /** The counts of the task's type, in the order Mailin lists them; empty before it finished. */
    public List<CategoryCount> categories() {
        List<CategoryCount> counts = new ArrayList<>();
        if (status != VerificationTaskStatus.FINISHED || !method.bulk()) {
            return counts;
        }
        for (VerificationCategory category : VerificationCategory.of(type)) {
            counts.add(new CategoryCount(category, category.count(this)));
        }
        long total = counts.stream().mapToLong(CategoryCount::count).sum();
        return counts.stream().map(count -> count.withTotal(total)).toList();
    }

    public boolean downloadable() {
        return method.bulk() && status == VerificationTaskStatus.FINISHED && upstreamTaskId != null;
    }

    public Long getId() { return id; }
    public String getOperationKey() { return operationKey; }
    public VerificationMethod getMethod() { return method; }
    public VerificationType getType() { return type; }
    public String getSource() { return source; }
    public String getCheckId() { return checkId; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public VerificationTaskStatus getStatus() { return status; }
    public long getAddressesSent() { return addressesSent; }
    public long getCreditsExpected() { return creditsExpected; }
    public Long getCreditsUsed() { return creditsUsed; }
    public String getUpstreamTaskId() { return upstreamTaskId; }
    public String getUpstreamMessage() { return upstreamMessage; }
    public String getReason() { return reason; }
    public Long getOperationId() { return operationId; }
    public Long getJobId() { return jobId; }
    public String getEmail() { return email; }
    public String getResult() { return result; }
    public Integer getScore() { return score; }
    public Long getTotalRows() { return totalRows; }
    Long getDeliverable() { return deliverable; }
    Long getCatchAll() { return catchAll; }
    Long getInvalid() { return invalid; }
    Long getUnknown() { return unknown; }
    Long getDuplicate() { return duplicate; }
    Long getRisky() { return risky; }
    Long getUndeliverable() { return undeliverable; }

    void setEmail(String email) {
        this.email = email;
    }
}
