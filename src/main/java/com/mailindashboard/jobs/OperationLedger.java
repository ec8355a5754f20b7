package com.mailindashboard.jobs;

import com.mailindashboard.gateway.MailinException;
import com.mailindashboard.gateway.MailinUnavailableException;
import com.mailindashboard.gateway.MailinValidationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Money safety. An operation is stored (SUBMITTING) and committed before Mailin is called; a
 * repeated submit of the same key never calls Mailin again and returns the stored operation.
 * After the call the operation is settled: ACCEPTED with a job that follows it, REJECTED with the
 * names Mailin refused, FAILED, or OUTCOME_UNKNOWN when the answer was lost, in which case a job is
 * started in that state for the tracker to reconcile (nothing is retried automatically).
 */
@Service
public class OperationLedger {

    private static final Logger log = LoggerFactory.getLogger(OperationLedger.class);
    /** Longer than any upstream call can last (connect, response and rate-limit waits together). */
    static final Duration INTERRUPTED_AFTER = Duration.ofMinutes(5);

    private final OperationRepository operations;
    private final JobLedger jobs;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OperationLedger(OperationRepository operations, JobLedger jobs, TransactionTemplate transactions, Clock clock) {
        this.operations = operations;
        this.jobs = jobs;
        this.transactions = transactions;
        this.clock = clock;
    }

    public OperationOutcome submitOnce(OperationRequest request, Supplier<UpstreamAcceptance> upstreamCall) {
        Optional<Operation> existing = operations.findByOperationKey(request.operationKey());
        if (existing.isPresent()) {
            return new OperationOutcome(existing.get(), true);
        }
        Operation stored;
        try {
            stored = transactions.execute(status -> operations.saveAndFlush(new Operation(request.operationKey(),
                    request.kind(), request.subjects(), request.requestedBy(), clock.instant())));
        } catch (DataIntegrityViolationException raced) {
            return new OperationOutcome(operations.findByOperationKey(request.operationKey()).orElseThrow(), true);
        }
        long id = stored.getId();
        try {
            UpstreamAcceptance accepted = upstreamCall.get();
            return new OperationOutcome(settle(id, accepted), false);
        } catch (MailinValidationException e) {
            return new OperationOutcome(settle(id, OperationState.REJECTED, e.status(), e.upstreamMessage(),
                    e.unavailable()), false);
        } catch (MailinUnavailableException e) {
            if (e.outcomeUnknown()) {
                return new OperationOutcome(unknown(id, request, e), false);
            }
            return new OperationOutcome(settle(id, OperationState.FAILED, e.status(), message(e), List.of()), false);
        } catch (MailinException e) {
            return new OperationOutcome(settle(id, OperationState.FAILED, e.status(), message(e), List.of()), false);
        } catch (RuntimeException e) {
            // a bug or an unexpected failure after the operation was stored: its fate is not known
            log.error("Operation {} ended unexpectedly: {}", id, e.toString());
            return new OperationOutcome(unknown(id, request, null), false);
        }
    }

    /**
     * Operations left SUBMITTING by a process that stopped during the upstream call: their fate is
     * unknown, so they become OUTCOME_UNKNOWN with a job that reconciles them (never a resend).
     * Runs at start and every minute, for operations older than any call can take.
     */
    @EventListener(ApplicationReadyEvent.class)
    @SchedulerLock(name = "operations-recover-interrupted")
    @Scheduled(fixedDelayString = "1m", initialDelayString = "1m")
    public void recoverInterruptedSubmissions() {
        recoverInterrupted(clock.instant().minus(INTERRUPTED_AFTER));
    }

    /** Settles every SUBMITTING operation created before {@code cutoff} as outcome unknown; returns how many. */
    int recoverInterrupted(Instant cutoff) {
        int recovered = 0;
        for (Operation stale : operations.findByStateAndCreatedAtBefore(OperationState.SUBMITTING, cutoff)) {
            log.warn("Operation {} ({}) was interrupted during its upstream call; its outcome is unknown",
                    stale.getId(), stale.getKind());
            unknown(stale.getId(), new OperationRequest(stale.getOperationKey(), stale.getKind(), stale.getSubjects(),
                    stale.getCreatedBy()), null);
            recovered++;
        }
        return recovered;
    }

    public Optional<Operation> find(long id) {
        return operations.findById(id);
    }

    public Optional<Operation> findByKey(String key) {
        return operations.findByOperationKey(key);
    }

    /**
     * Operations of these kinds on any of these subjects whose outcome is still unknown: sent, the
     * answer lost, and the job reconciling them not settled yet. Oldest first.
     */
    public List<Operation> unresolved(Collection<JobKind> kinds, Collection<String> subjects) {
        Set<String> wanted = new HashSet<>(subjects);
        return operations.findByStateAndKindIn(OperationState.OUTCOME_UNKNOWN, kinds).stream()
                .filter(operation -> operation.getSubjects().stream().anyMatch(wanted::contains))
                .filter(operation -> operation.getJobId() == null
                        || jobs.find(operation.getJobId()).map(Job::isActive).orElse(true))
                .sorted(Comparator.comparing(Operation::getCreatedAt))
                .toList();
    }

    private Operation settle(long id, UpstreamAcceptance accepted) {
        return transactions.execute(status -> {
            Operation operation = operations.findById(id).orElseThrow();
            if (alreadySettled(operation)) {
                return operation;
            }
            Job job = jobs.start(operation.getKind(), accepted.jobReference(), JobStatus.PENDING,
                    operation.getSubjects(), operation.getCreatedBy(), accepted.message(), operation.getId(),
                    accepted.detail());
            operation.settle(OperationState.ACCEPTED, accepted.status(), accepted.message(), List.of(), job.getId(),
                    clock.instant());
            return operation;
        });
    }

    private Operation settle(long id, OperationState state, Integer upstreamStatus, String message,
                             List<String> refused) {
        return transactions.execute(status -> {
            Operation operation = operations.findById(id).orElseThrow();
            if (alreadySettled(operation)) {
                return operation;
            }
            operation.settle(state, upstreamStatus, message, refused, null, clock.instant());
            return operation;
        });
    }

    private Operation unknown(long id, OperationRequest request, MailinUnavailableException e) {
        String why = JobText.of("jobs.report.outcome-unknown");
        return transactions.execute(status -> {
            Operation operation = operations.findById(id).orElseThrow();
            if (alreadySettled(operation)) {
                return operation;
            }
            Job job = jobs.start(request.kind(), null, JobStatus.OUTCOME_UNKNOWN, request.subjects(),
                    request.requestedBy(), why, id);
            // no upstream message: Mailin said nothing; the state explains itself and the job keeps the why
            operation.settle(OperationState.OUTCOME_UNKNOWN, e == null ? null : e.status(), null, List.of(),
                    job.getId(), clock.instant());
            return operation;
        });
    }

    /**
     * Settled already (the recovery of interrupted submissions got there first, after a very late
     * answer): what is stored stands, and the reconciling job finds the result.
     */
    private static boolean alreadySettled(Operation operation) {
        if (operation.getState() == OperationState.SUBMITTING) {
            return false;
        }
        log.warn("Operation {} was already settled as {}; a late answer is not applied", operation.getId(),
                operation.getState());
        return true;
    }

    private static String message(MailinException e) {
        return e.upstreamMessage() != null ? e.upstreamMessage() : e.getMessage();
    }
}
