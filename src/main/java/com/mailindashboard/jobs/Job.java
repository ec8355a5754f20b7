package com.mailindashboard.jobs;

import com.mailindashboard.text.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A persisted asynchronous operation. The state lives in the database, so a restart resumes every
 * job; {@code claimedBy}/{@code claimedUntil} make sure one instance polls it at a time.
 */
@Entity
@Table(name = "job")
@EntityListeners(JobChanges.class)
public class Job {

    /** How long a stored list (subjects, results, refused names) may be, joined by line breaks. */
    public static final int MAX_LIST_CHARACTERS = 300_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private JobKind kind;
    private String upstreamRef;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private JobStatus status;
    private String subjects;
    @Column(nullable = false)
    private String startedBy;
    @Column(nullable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private Instant updatedAt;
    private Instant finishedAt;
    private int pollCount;
    private Instant nextPollAt;
    private String claimedBy;
    private Instant claimedUntil;
    private String lastReport;
    private String result;
    private String detail;
    private Long operationId;
    private boolean seenByStarter;
    @Version
    private Long version;

    protected Job() {
    }

    Job(JobKind kind, String upstreamRef, JobStatus status, List<String> subjects, String startedBy, String report,
        Long operationId, Instant now, Instant firstPoll) {
        this.kind = kind;
        this.upstreamRef = upstreamRef;
        this.status = status;
        this.subjects = WholeLists.join(subjects);
        this.startedBy = startedBy;
        this.createdAt = now;
        this.updatedAt = now;
        this.lastReport = Texts.fit(report, 4000);
        this.operationId = operationId;
        this.nextPollAt = status.active() ? firstPoll : null;
        this.finishedAt = status.active() ? null : now;
    }

    /** Applies a tracker's report; returns true when the status changed. */
    boolean apply(JobReport report, Instant now, Duration nextDelay) {
        pollCount++;
        updatedAt = now;
        if (report.report() != null) {
            lastReport = Texts.fit(report.report(), 4000);
        }
        if (!report.results().isEmpty()) {
            result = WholeLists.join(report.results());
        }
        JobStatus next = report.status();
        if (status == JobStatus.STUCK && next.active()) {
            next = JobStatus.STUCK;
        }
        boolean changed = next != status;
        status = next;
        if (changed && !status.active()) {
            seenByStarter = false; // the starter may have looked while it ran: its end is news
        }
        if (status.active()) {
            nextPollAt = now.plus(nextDelay);
        } else {
            nextPollAt = null;
            finishedAt = now;
        }
        return changed;
    }

    /** A failed poll (Mailin unreachable): the job keeps its status and is asked again later. */
    void pollFailed(String why, Instant now, Duration nextDelay) {
        pollCount++;
        updatedAt = now;
        lastReport = Texts.fit(why, 4000);
        nextPollAt = now.plus(nextDelay);
    }

    void markStuck(Instant now) {
        status = JobStatus.STUCK;
        updatedAt = now;
        seenByStarter = false;
    }

    /** Information to keep for the job's whole life, e.g. the nameservers a transfer needs. */
    void keepDetail(List<String> lines) {
        detail = Texts.fit(Texts.join(lines), 4000);
    }

    String claimedBy() {
        return claimedBy;
    }

    void release() {
        claimedBy = null;
        claimedUntil = null;
    }

    /** Asks again no earlier than {@code at}: its turn in the poller's lane (JobLane), after the backlog. */
    void waitForTurn(Instant at) {
        if (nextPollAt != null && nextPollAt.isBefore(at)) {
            nextPollAt = at;
        }
    }

    public Long getId() { return id; }
    public JobKind getKind() { return kind; }
    public String getUpstreamRef() { return upstreamRef; }
    public JobStatus getStatus() { return status; }
    public List<String> getSubjects() { return Texts.split(subjects); }
    public String getStartedBy() { return startedBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public int getPollCount() { return pollCount; }
    public Instant getNextPollAt() { return nextPollAt; }
    public String getLastReport() { return lastReport; }
    public List<String> getResults() { return Texts.split(result); }
    public List<String> getDetail() { return Texts.split(detail); }
    public Long getOperationId() { return operationId; }
    public boolean isSeenByStarter() { return seenByStarter; }
    public boolean isActive() { return status.active(); }
}
