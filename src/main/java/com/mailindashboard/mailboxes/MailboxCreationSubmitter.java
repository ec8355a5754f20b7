package com.mailindashboard.mailboxes;

import com.mailindashboard.gateway.MailboxJobAccepted;
import com.mailindashboard.gateway.MailinValidationException;
import com.mailindashboard.gateway.UpstreamLane;
import com.mailindashboard.gateway.UpstreamLanes;
import com.mailindashboard.jobs.JobText;
import com.mailindashboard.jobs.Operation;
import com.mailindashboard.jobs.OperationLedger;
import com.mailindashboard.jobs.OperationOutcome;
import com.mailindashboard.jobs.OperationRequest;
import com.mailindashboard.jobs.OperationState;
import com.mailindashboard.jobs.UpstreamAcceptance;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a confirmed dry run's valid rows to Mailin, chunk by chunk (M3 or G7, {@code chunk-size}
 * rows each), in a background virtual thread: the confirm request returns at once and the progress
 * page follows the chunks from the database.
 *
 * <p>Each chunk is an operation of the {@link OperationLedger} under its own key, derived from the
 * dry run's confirm key and the chunk index. A repeated confirm (double click, back and resubmit,
 * two teammates) finds the dry run already confirmed and creates no chunk; and even a chunk sent
 * twice (a restart resuming the submission, two instances) reuses the stored operation instead of
 * calling Mailin again. Mailin's job for an accepted chunk is followed by {@link MailboxCreationTracker}.
 */
@Service
public class MailboxCreationSubmitter {

    private static final Logger log = LoggerFactory.getLogger(MailboxCreationSubmitter.class);

    private final MailboxDryRunStore store;
    private final OperationLedger operations;
    private final MailboxProviders providers;
    private final MailboxCreationProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    MailboxCreationSubmitter(MailboxDryRunStore store, OperationLedger operations, MailboxProviders providers,
                             MailboxCreationProperties properties, TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.operations = operations;
        this.providers = providers;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Confirms a dry run and starts sending its chunks. Returns false when the dry run was already
     * confirmed: nothing new is created, and any chunk still queued is (re)sent under its key.
     *
     * @throws MailboxCreationRefusal when the dry run is unknown, the key is not its confirm key, or no row is valid
     */
    public boolean confirm(String dryRunId, String confirmKey, String confirmedBy) {
        MailboxDryRunSummary run = store.find(dryRunId)
                .orElseThrow(() -> new MailboxCreationRefusal("mailboxes.dryrun.not-found"));
        if (!run.confirmKey().equals(confirmKey)) {
            throw new MailboxCreationRefusal("mailboxes.dryrun.stale");
        }
        if (run.validRows() == 0) {
            throw new MailboxCreationRefusal("mailboxes.dryrun.nothing-valid");
        }
        Boolean first = transactions.execute(status -> {
            if (store.startSubmitting(dryRunId, confirmedBy, clock.instant(), properties.chunkSize()) == 0) {
                return false;
            }
            store.createChunks(dryRunId, properties.chunkSize(), run.confirmKey(), clock.instant());
            return true;
        });
        start(dryRunId, SecurityContextHolder.getContext());
        return Boolean.TRUE.equals(first);
    }

    /** Whether this instance is sending a dry run's chunks right now. */
    public boolean sending(String dryRunId) {
        return running.contains(dryRunId);
    }

    /** After a restart, goes on with dry runs whose chunks were being sent (already sent ones are not repeated). */
    @EventListener(ApplicationReadyEvent.class)
    void resume() {
        for (String id : store.submitting()) {
            log.info("Resuming the submission of mailbox dry run {}", id);
            start(id, SecurityContextHolder.createEmptyContext());
        }
    }

    /**
     * The scheduler goes on sending a dry run's queued chunks when nothing in this instance is
     * sending them (the sending thread stopped on an error): safe, since a chunk already sent is
     * never sent again. Pages never do this: a GET starts no upstream write.
     */
    @Scheduled(fixedDelayString = "1m", initialDelayString = "1m")
    void resumeIdle() {
        for (String id : store.submitting()) {
            if (!running.contains(id)) {
                log.info("Going on with the submission of mailbox dry run {}", id);
                start(id, SecurityContextHolder.createEmptyContext());
            }
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }

    private void start(String dryRunId, SecurityContext context) {
        if (!running.add(dryRunId)) {
            return;
        }
        SecurityContext copy = SecurityContextHolder.createEmptyContext();
        copy.setAuthentication(context.getAuthentication());
        Runnable work = () -> {
            try {
                UpstreamLanes.in(UpstreamLane.STARTED_WORK, () -> submitQueued(dryRunId));
            } catch (RuntimeException e) {
                log.error("Submission of mailbox dry run {} stopped: {}", dryRunId, e.toString());
            } finally {
                running.remove(dryRunId);
            }
        };
        executor.execute(new DelegatingSecurityContextRunnable(work, copy));
    }

    /** Sends every queued chunk in order; the dry run counts as submitted once none is left queued. */
    void submitQueued(String dryRunId) {
        MailboxDryRunSummary run = store.find(dryRunId).orElseThrow();
        for (MailboxCreationChunk chunk : store.chunks(dryRunId)) {
            if (chunk.queued()) {
                submit(run, chunk);
            }
        }
        store.submitted(dryRunId, clock.instant());
    }

    private void submit(MailboxDryRunSummary run, MailboxCreationChunk chunk) {
        List<MailboxDryRunRow> rows = store.chunkRows(run.id(), chunk.index());
        Supplier<MailboxJobAccepted> call;
        try {
            call = providers.of(run.provider()).creation(rows);
        } catch (RuntimeException e) {
            String why = JobText.of("jobs.report.mailboxes.not-sent");
            log.error("Chunk {} of mailbox dry run {} not sent: {}", chunk.index(), run.id(), e.toString());
            store.settleChunk(chunk.id(), MailboxCreationChunk.State.NOT_SENT, null, null, why, clock.instant());
            store.markFailed(run.id(), chunk.index(), why, false);
            return;
        }
        List<String> addresses = rows.stream().map(MailboxDryRunRow::address).toList();
        OperationRequest request = new OperationRequest(chunk.operationKey(), run.provider().jobKind(), addresses,
                run.confirmedBy() == null ? run.createdBy() : run.confirmedBy());
        AtomicReference<Map<String, List<String>>> fieldErrors = new AtomicReference<>(Map.of());
        OperationOutcome outcome = operations.submitOnce(request, () -> {
            try {
                MailboxJobAccepted accepted = call.get();
                return new UpstreamAcceptance(accepted.status(), accepted.message(), accepted.uuid());
            } catch (MailinValidationException e) {
                fieldErrors.set(e.fieldErrors());
                throw e;
            }
        });
        Operation operation = outcome.operation();
        store.settleChunk(chunk.id(), MailboxCreationChunk.State.of(operation.getState()), operation.getId(),
                operation.getJobId(), operation.getUpstreamMessage(), clock.instant());
        if (operation.getState() == OperationState.REJECTED) {
            rejected(run, chunk, rows, operation, MailboxFieldErrors.of(fieldErrors.get()));
        } else if (operation.getState() == OperationState.FAILED) {
            // Mailin answered with an error: nothing was created, the same rows may be sent again
            store.markFailed(run.id(), chunk.index(), refusal(operation), true);
        }
    }

    /**
     * A refused chunk. When Mailin's errors name rows ({@code mailboxes.0.username}), each such row
     * gets its own messages, and the other rows, refused only because they were in the same
     * request, may be sent again; otherwise every row gets Mailin's message.
     */
    private void rejected(MailboxDryRunSummary run, MailboxCreationChunk chunk, List<MailboxDryRunRow> rows,
                          Operation operation, MailboxFieldErrors errors) {
        if (!errors.namesRows(rows.size())) {
            store.markFailed(run.id(), chunk.index(), refusal(operation), false);
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            List<String> own = errors.of(i);
            if (own.isEmpty()) {
                store.markRowFailed(rows.get(i).id(), JobText.of("jobs.report.mailboxes.refused-with-others"), true);
            } else {
                store.markRowFailed(rows.get(i).id(),
                        JobText.join(JobText.of("jobs.report.mailboxes.mailin-said"), String.join(" ", own)), false);
            }
        }
    }

    /**
     * Sends again, as new chunks under new operation keys, the rows that were not created but may
     * be: refused only for other rows' errors, refused by a Mailin error, or settled as never
     * created. Returns how many rows were queued (0 when there were none, e.g. a repeated click).
     */
    public int resend(String dryRunId) {
        MailboxDryRunSummary run = store.find(dryRunId)
                .orElseThrow(() -> new MailboxCreationRefusal("mailboxes.dryrun.not-found"));
        Integer moved;
        try {
            moved = transactions.execute(status -> store.resend(dryRunId, run.confirmKey(), properties.chunkSize(),
                    clock.instant()));
        } catch (DuplicateKeyException raced) {
            return 0; // another request queued them at the same moment
        }
        if (moved != null && moved > 0) {
            start(dryRunId, SecurityContextHolder.getContext());
        }
        return moved == null ? 0 : moved;
    }

    private static String refusal(Operation operation) {
        List<String> refused = operation.getRefused();
        String said = operation.getUpstreamMessage() == null ? JobText.of("jobs.report.mailboxes.refused")
                : JobText.join(JobText.of("jobs.report.mailboxes.mailin-said"), operation.getUpstreamMessage());
        return JobText.join(said, refused.isEmpty() ? null : "(" + String.join(", ", refused) + ")");
    }
}
