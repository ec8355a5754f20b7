package com.mailindashboard.jobs;

import com.mailindashboard.gateway.MailinProperties;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Follows every active job to its end. Each cycle finds due jobs, claims each one with an atomic
 * conditional update (so two instances on one database never poll the same job), asks its
 * tracker with bounded concurrency, and stores the answer with the next poll time (backing off).
 */
@Component
public class JobPoller {

    private static final Logger log = LoggerFactory.getLogger(JobPoller.class);

    private final JobRepository jobs;
    private final JobLedger ledger;
    private final JobsProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final PollFailureWords failureWords;
    private final Map<JobKind, JobTracker> trackers = new EnumMap<>(JobKind.class);
    private final String instance = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    private final Semaphore running;
    /** Stuck means hours; looking for it once a minute is plenty (cycles run every few seconds). */
    static final java.time.Duration STUCK_CHECK_EVERY = java.time.Duration.ofMinutes(1);
    private volatile Instant lastStuckCheck;
    /** The most due jobs one cycle gives a later turn to (the rest wait for the next cycle). */
    static final int SPREAD_AT_MOST = 10_000;
    private final JobLane lane;

    JobPoller(JobRepository jobs, JobLedger ledger, JobsProperties properties, TransactionTemplate transactions,
              Clock clock, List<JobTracker> trackerList, MailinProperties mailin, PollFailureWords failureWords) {
        this.failureWords = failureWords;
        this.lane = new JobLane(mailin.rateLimit().perSecond(), mailin.rateLimit().backgroundShare());
        this.jobs = jobs;
        this.ledger = ledger;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
        this.running = new Semaphore(properties.concurrency());
        for (JobTracker tracker : trackerList) {
            for (JobKind kind : tracker.kinds()) {
                JobTracker first = trackers.putIfAbsent(kind, tracker);
                if (first != null) {
                    log.warn("Two trackers for jobs of kind {}: {} is used, {} is not", kind, first, tracker);
                }
            }
        }
    }

    /** The tracker of a kind's jobs, null when no feature tracks them. */
    JobTracker tracker(JobKind kind) {
        return trackers.get(kind);
    }

    /** One scheduled cycle ({@link JobsScheduling}): a failed cycle is logged, the next one runs. */
    public void scheduledCycle() {
        try {
            pollDueJobs();
        } catch (RuntimeException e) {
            log.error("Job poll cycle failed: {}", e.toString());
        }
    }

    /** One cycle; returns how many jobs this instance polled. */
    public int pollDueJobs() {
        Instant now = clock.instant();
        if (lastStuckCheck == null || !now.isBefore(lastStuckCheck.plus(STUCK_CHECK_EVERY))) {
            lastStuckCheck = now;
            try {
                ledger.flagStuck();
            } catch (RuntimeException e) {
                // e.g. another instance flagged the same job at the same moment (optimistic lock): next check
                log.warn("Flagging stuck jobs failed: {}", e.toString());
            }
        }
        List<Long> found = jobs.findDueIds(JobLedger.ACTIVE, now, Limit.of(properties.batchSize() + SPREAD_AT_MOST));
        List<Long> due = found.subList(0, Math.min(properties.batchSize(), found.size()));
        spread(found.subList(due.size(), found.size()), due.size(), now);
        List<Future<Boolean>> polls = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Long id : due) {
                polls.add(pool.submit(() -> pollOne(id)));
            }
        }
        int polled = 0;
        for (Future<Boolean> poll : polls) {
            try {
                polled += poll.get() ? 1 : 0;
            } catch (Exception e) {
                log.error("Job poll failed: {}", e.toString());
            }
        }
        return polled;
    }

    /** More jobs are due than this cycle polls: each of the rest gets its later turn in the lane. */
    private void spread(List<Long> waiting, int polledNow, Instant now) {
        if (waiting.isEmpty()) {
            return;
        }
        Instant[] turns = lane.turnsFor(waiting.size(), polledNow, now);
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < waiting.size(); i++) {
                jobs.waitForTurn(waiting.get(i), turns[i], now);
            }
        });
        log.info("{} due jobs wait for their turn in the background lane, the last at {}", waiting.size(),
                turns[turns.length - 1]);
    }

    private boolean pollOne(Long id) throws InterruptedException {
        running.acquire();
        try {
            Instant now = clock.instant();
            Integer claimed = transactions.execute(status ->
                    jobs.claim(id, JobLedger.ACTIVE, instance, now.plus(properties.claimLease()), now));
            if (claimed == null || claimed == 0) {
                return false;
            }
            Job job = jobs.findById(id).orElseThrow();
            JobTracker tracker = trackers.get(job.getKind());
            JobReport report = null;
            String failure = null;
            if (tracker == null) {
                failure = JobText.of("jobs.report.no-tracker", job.getKind());
            } else {
                try {
                    report = tracker.poll(job);
                } catch (RuntimeException e) {
                    failure = tracker.pollFailed(e).orElseGet(() -> failureWords.describe(e));
                }
            }
            JobReport answer = report;
            String why = failure;
            transactions.executeWithoutResult(status -> {
                Job fresh = jobs.findById(id).orElseThrow();
                if (!instance.equals(fresh.claimedBy())) {
                    // the poll outlasted the claim and another instance took the job over: its answer counts
                    log.warn("Job {} was claimed by another instance during this poll; this answer is dropped", id);
                    return;
                }
                if (answer != null) {
                    ledger.applyReport(fresh, answer);
                } else {
                    ledger.pollFailed(fresh, why);
                }
                if (fresh.getNextPollAt() != null) {
                    // while a backlog waits, a job just asked goes behind it
                    fresh.waitForTurn(lane.next(fresh.getNextPollAt()));
                }
                fresh.release();
            });
            return true;
        } finally {
            running.release();
        }
    }
}
