package com.mailindashboard.jobs;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The job ledger: starts jobs, records their timeline, and answers what is going on. */
@Service
public class JobLedger {

    static final Set<JobStatus> ACTIVE = EnumSet.of(JobStatus.PENDING, JobStatus.RUNNING, JobStatus.OUTCOME_UNKNOWN,
            JobStatus.STUCK);
    static final Set<JobStatus> ENDED = EnumSet.of(JobStatus.COMPLETED, JobStatus.FAILED, JobStatus.STUCK);

    private final JobRepository jobs;
    private final JobEventRepository events;
    private final JobsProperties properties;
    private final WebhookOutbox webhooks;
    private final RecentJobNotices notices;
    private final Clock clock;

    JobLedger(JobRepository jobs, JobEventRepository events, JobsProperties properties, WebhookOutbox webhooks,
              RecentJobNotices notices, Clock clock) {
        this.jobs = jobs;
        this.events = events;
        this.properties = properties;
        this.webhooks = webhooks;
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * Records a new job. {@code status} is usually PENDING (Mailin accepted it) or OUTCOME_UNKNOWN
     * (the answer was lost: the tracker reconciles). Joins the caller's transaction.
     */
    @Transactional
    public Job start(JobKind kind, String upstreamRef, JobStatus status, List<String> subjects, String startedBy,
                     String report, Long operationId) {
        Instant now = clock.instant();
        Job job = jobs.save(new Job(kind, upstreamRef, status, subjects, startedBy, report, operationId, now,
                now.plus(properties.initialDelay())));
        events.save(new JobEvent(job.getId(), now, status, report));
        return job;
    }

    /** Starts a job that keeps some detail lines for its whole life (shown on the job page). */
    @Transactional
    public Job start(JobKind kind, String upstreamRef, JobStatus status, List<String> subjects, String startedBy,
                     String report, Long operationId, List<String> detail) {
        Job job = start(kind, upstreamRef, status, subjects, startedBy, report, operationId);
        job.keepDetail(detail);
        return job;
    }

    @Transactional(readOnly = true)
    public Optional<Job> find(long id) {
        return jobs.findById(id);
    }

    /** Several jobs in one query, by id (ids that name no job are left out). */
    @Transactional(readOnly = true)
    public Map<Long, Job> findAll(Collection<Long> ids) {
        Map<Long, Job> byId = new HashMap<>();
        jobs.findAllById(ids).forEach(job -> byId.put(job.getId(), job));
        return byId;
    }

    @Transactional(readOnly = true)
    public List<JobEvent> timeline(long jobId) {
        return events.findByJobIdOrderByAtAscIdAsc(jobId);
    }

    @Transactional(readOnly = true)
    public Page<Job> search(JobKind kind, JobStatus status, String startedBy, Pageable page) {
        return search(kind, status == null ? null : EnumSet.of(status), startedBy, null, null, page);
    }

    /**
     * Jobs of a kind, in one of {@code statuses}, started by someone whose email contains
     * {@code startedBy}, created at or after {@code from} and before {@code before}; null means any.
     */
    @Transactional(readOnly = true)
    public Page<Job> search(JobKind kind, Set<JobStatus> statuses, String startedBy, Instant from, Instant before,
                            Pageable page) {
        Specification<Job> spec = (root, query, cb) -> cb.conjunction();
        if (kind != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("kind"), kind));
        }
        if (statuses != null) {
            spec = spec.and((root, query, cb) -> root.get("status").in(statuses));
        }
        if (from != null) {
            spec = spec.and((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("createdAt"), from));
        }
        if (before != null) {
            spec = spec.and((root, query, cb) -> cb.lessThan(root.get("createdAt"), before));
        }
        if (startedBy != null && !startedBy.isBlank()) {
            String like = "%" + startedBy.strip().toLowerCase(Locale.ROOT) + "%";
            spec = spec.and((root, query, cb) -> cb.like(cb.lower(root.get("startedBy")), like));
        }
        return jobs.findAll(spec, page);
    }

    @Transactional(readOnly = true)
    public long activeCount() {
        return jobs.countByStatusIn(ACTIVE);
    }

    /**
     * Jobs this teammate started that ended since they last looked, newest first: the layout's
     * notices. A notice expires after {@code dashboard.jobs.notice-ttl}; the job stays on /jobs.
     */
    @Transactional(readOnly = true)
    public List<Job> endedUnseen(String startedBy) {
        return jobs.endedUnseenSince(startedBy, ENDED, clock.instant().minus(properties.noticeTtl()));
    }

    /** Dismisses every notice of this teammate at once. */
    @Transactional
    public int markAllSeen(String startedBy) {
        notices.forget();
        return jobs.markAllSeen(startedBy, ENDED);
    }

    /** Marks the end of a job as seen, when {@code startedBy} started it (anyone else: nothing happens). */
    @Transactional
    public void markSeen(long jobId, String startedBy) {
        notices.forget();
        jobs.markSeen(jobId, startedBy);
    }

    @Transactional(readOnly = true)
    public List<WebhookDelivery> deliveries(long jobId) {
        return webhooks.forJob(jobId);
    }

    /** Applies a poll's report inside the poller's transaction, with the timeline and notifications. */
    void applyReport(Job job, JobReport report) {
        Instant now = clock.instant();
        boolean changed = job.apply(report, now, properties.pollBackoff().delay(job.getPollCount() + 1));
        if (changed) {
            events.save(new JobEvent(job.getId(), now, job.getStatus(), report.report()));
            if (!job.getStatus().active()) {
                webhooks.enqueue(job);
            }
        } else if (report.report() != null && job.getPollCount() == 1) {
            events.save(new JobEvent(job.getId(), now, job.getStatus(), report.report()));
        }
    }

    void pollFailed(Job job, String why) {
        Instant now = clock.instant();
        job.pollFailed(why, now, properties.pollBackoff().delay(job.getPollCount() + 1));
    }

    /** Flags jobs pending longer than the limit as stuck (they go on being polled). */
    @Transactional
    public int flagStuck() {
        Instant now = clock.instant();
        Set<JobStatus> flaggable = EnumSet.of(JobStatus.PENDING, JobStatus.RUNNING, JobStatus.OUTCOME_UNKNOWN);
        List<Job> old = jobs.findActiveCreatedBefore(flaggable, now.minus(properties.stuckAfter()));
        for (Job job : old) {
            job.markStuck(now);
            events.save(new JobEvent(job.getId(), now, JobStatus.STUCK,
                    JobText.of("jobs.report.stuck", properties.stuckAfter().toMinutes())));
            webhooks.enqueue(job);
        }
        return old.size();
    }
}
