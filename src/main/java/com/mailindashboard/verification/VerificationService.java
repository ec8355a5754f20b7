package com.mailindashboard.verification;

import com.mailindashboard.gateway.VerificationClient;
import com.mailindashboard.gateway.VerificationSingleResult;
import com.mailindashboard.gateway.VerificationTaskDetail;
import com.mailindashboard.gateway.VerificationTaskStarted;
import com.mailindashboard.gateway.VerificationType;
import com.mailindashboard.jobs.JobKind;
import com.mailindashboard.jobs.Operation;
import com.mailindashboard.jobs.OperationLedger;
import com.mailindashboard.jobs.OperationOutcome;
import com.mailindashboard.jobs.OperationRequest;
import com.mailindashboard.jobs.UpstreamAcceptance;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.springframework.core.io.FileSystemResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts verifications and keeps their tasks up to date. Every start carries the confirm form's
 * operation key: the task is stored under it first, then the paid call goes through the
 * {@link OperationLedger}, so a repeated submit (double click, back and resubmit) finds the stored
 * task and never starts a second paid task.
 */
@Service
class VerificationService {

    private final VerificationClient client;
    private final OperationLedger operations;
    private final VerificationTaskRepository tasks;
    private final VerificationCheckRepository checks;
    private final VerificationStorage storage;
    private final TransactionTemplate transactions;
    private final Clock clock;

    VerificationService(VerificationClient client, OperationLedger operations, VerificationTaskRepository tasks,
                        VerificationCheckRepository checks, VerificationStorage storage,
                        TransactionTemplate transactions, Clock clock) {
        this.client = client;
        this.operations = operations;
        this.tasks = tasks;
        this.checks = checks;
        this.storage = storage;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Optional<VerificationTask> find(long id) {
        return tasks.findById(id);
    }

    /** A task by its confirm key, when that submit was made already. */
    Optional<VerificationTask> findByKey(String key) {
        return tasks.findByOperationKey(key);
    }

    /** V1: verifies one address. The answer may carry the verdict already; if not, V2 follows it. */
    StartOutcome verifySingle(String key, String email, VerificationType type, String user) {
        Optional<VerificationTask> repeated = tasks.findByOperationKey(key);
        if (repeated.isPresent()) {
            return new StartOutcome(repeated.get(), true);
        }
        String address = Precheck.clean(email);
        if (!EmailSyntax.valid(address)) {
            throw new VerificationRefusal("verification.single.invalid");
        }
        Optional<VerificationTask> created = create(new VerificationTask(key, VerificationMethod.SINGLE, type,
                address, null, user, 1, clock.instant()), address);
        if (created.isEmpty()) {
            return new StartOutcome(tasks.findByOperationKey(key).orElseThrow(), true);
        }
        AtomicReference<VerificationSingleResult> answer = new AtomicReference<>();
        OperationOutcome outcome = operations.submitOnce(
                new OperationRequest(key, JobKind.VERIFICATION_SINGLE, List.of(address), user), () -> {
                    VerificationSingleResult result = client.verifySingle(address, type);
                    answer.set(result);
                    return new UpstreamAcceptance(210, result.message(), result.taskId());
                });
        VerificationTask task = settle(created.get().getId(), outcome, answer.get() == null ? null : answer.get().taskId());
        VerificationSingleResult result = answer.get();
        if (result != null && outcome.operation().getJobId() != null) {
            task = update(task.getId(), t -> t.singleResult(result.result(), result.score(), result.creditsUsed(),
                    result.done(), result.failed(), result.message(), clock.instant()));
        }
        return new StartOutcome(task, outcome.repeated());
    }

    /**
     * Sends a ready check: up to 500 pasted addresses as V4, anything else as the cleaned CSV (V3).
     *
     * @throws VerificationRefusal when the check is unknown, not ready, or the key is not its confirm key
     */
    StartOutcome startCheck(String checkId, String key, String user) {
        Optional<VerificationTask> repeated = tasks.findByOperationKey(key);
        if (repeated.isPresent()) {
            return new StartOutcome(repeated.get(), true);
        }
        VerificationCheck check = checks.findById(checkId)
                .orElseThrow(() -> new VerificationRefusal("verification.check.not-found"));
        if (check.getState() != VerificationCheck.State.READY || !check.getConfirmKey().equals(key)) {
            throw new VerificationRefusal("verification.check.stale");
        }
        if (check.getUniqueCount() == 0 || check.getCleanedFile() == null) {
            throw new VerificationRefusal("verification.check.nothing");
        }
        VerificationMethod method = check.method();
        String source = check.getSourceName();
        Optional<VerificationTask> created = transactions.execute(status -> {
            VerificationCheck fresh = checks.findById(checkId).orElseThrow();
            if (fresh.getState() != VerificationCheck.State.READY || !fresh.getConfirmKey().equals(key)) {
                return Optional.<VerificationTask>empty();
            }
            try {
                VerificationTask task = tasks.saveAndFlush(new VerificationTask(key, method, fresh.getType(), source,
                        checkId, user, fresh.getUniqueCount(), clock.instant()));
                fresh.sent(task.getId());
                return Optional.of(task);
            } catch (DataIntegrityViolationException raced) {
                status.setRollbackOnly();
                return Optional.<VerificationTask>empty();
            }
        });
        if (created == null || created.isEmpty()) {
            return tasks.findByOperationKey(key).map(task -> new StartOutcome(task, true))
                    .orElseThrow(() -> new VerificationRefusal("verification.check.stale"));
        }
        VerificationType type = check.getType();
        String cleaned = check.getCleanedFile();
        String subject = source + " (" + check.getUniqueCount() + ")";
        AtomicReference<String> upstreamId = new AtomicReference<>();
        OperationOutcome outcome = operations.submitOnce(
                new OperationRequest(key, JobKind.VERIFICATION_BULK, List.of(subject), user), () -> {
                    VerificationTaskStarted started = method == VerificationMethod.LIST
                            ? client.verifyList(readList(cleaned), type)
                            : client.verifyFile(new FileSystemResource(storage.path(cleaned)), uploadName(source), type);
                    upstreamId.set(started.taskId());
                    return new UpstreamAcceptance(210, started.message(), started.taskId());
                });
        Operation operation = outcome.operation();
        VerificationTask task = settle(created.get().getId(), outcome, upstreamId.get());
        switch (operation.getState()) {
            case ACCEPTED -> storage.delete(cleaned);
            case REJECTED, FAILED -> transactions.executeWithoutResult(status ->
                    checks.findById(checkId).ifPresent(VerificationCheck::newConfirmKey));
            default -> { }
        }
        return new StartOutcome(task, outcome.repeated());
    }

    /** V2 for a single address still being verified (the page's live refresh and the tracker). */
    VerificationTask refreshSingle(VerificationTask task) {
        if (task.getMethod() != VerificationMethod.SINGLE || !task.getStatus().active()
                || task.getUpstreamTaskId() == null || task.getStatus() == VerificationTaskStatus.SUBMITTING) {
            return task;
        }
        VerificationSingleResult result = client.singleResult(task.getUpstreamTaskId());
        return update(task.getId(), t -> t.singleResult(result.result(), result.score(), result.creditsUsed(),
                result.done(), result.failed(), result.message(), clock.instant()));
    }

    /** V5 for a bulk task. */
    VerificationTask refreshBulk(VerificationTask task, VerificationTaskDetail detail) {
        return update(task.getId(), t -> t.bulkDetail(detail, clock.instant()));
    }

    /** A task whose paid call has no known outcome (the ledger's job for it has no Mailin task id). */
    VerificationTask markUnknown(VerificationTask task, long jobId) {
        if (task.getStatus() != VerificationTaskStatus.SUBMITTING) {
            return task;
        }
        return update(task.getId(), t -> t.notAccepted(VerificationTaskStatus.OUTCOME_UNKNOWN, t.getOperationId(), jobId,
                null, clock.instant()));
    }

    VerificationTask markStuck(VerificationTask task) {
        return update(task.getId(), t -> t.stuck(clock.instant()));
    }

    private Optional<VerificationTask> create(VerificationTask task, String email) {
        task.setEmail(email);
        try {
            return Optional.ofNullable(transactions.execute(status -> tasks.saveAndFlush(task)));
        } catch (DataIntegrityViolationException raced) {
            return Optional.empty();
        }
    }

    private VerificationTask settle(long taskId, OperationOutcome outcome, String upstreamTaskId) {
        Operation operation = outcome.operation();
        return update(taskId, task -> {
            switch (operation.getState()) {
                case ACCEPTED -> task.accepted(operation.getId(), operation.getJobId(), upstreamTaskId,
                        operation.getUpstreamMessage(), clock.instant());
                case REJECTED -> task.notAccepted(VerificationTaskStatus.REJECTED, operation.getId(), null,
                        operation.getUpstreamMessage(), clock.instant());
                case FAILED -> task.notAccepted(VerificationTaskStatus.FAILED, operation.getId(), null,
                        operation.getUpstreamMessage(), clock.instant());
                case OUTCOME_UNKNOWN, SUBMITTING -> task.notAccepted(VerificationTaskStatus.OUTCOME_UNKNOWN,
                        operation.getId(), operation.getJobId(), operation.getUpstreamMessage(), clock.instant());
            }
        });
    }

    private VerificationTask update(long taskId, Consumer<VerificationTask> change) {
        try {
            return transactions.execute(status -> {
                VerificationTask task = tasks.findById(taskId).orElseThrow();
                change.accept(task);
                return task;
            });
        } catch (ObjectOptimisticLockingFailureException concurrent) {
            // the page and the tracker refreshed the same task at once: the other change stands
            return tasks.findById(taskId).orElseThrow();
        }
    }

    private List<String> readList(String cleaned) {
        List<String> emails = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(storage.path(cleaned), StandardCharsets.UTF_8)) {
            reader.readLine(); // the "email" header
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank()) {
                    emails.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return emails;
    }

    /** The name the cleaned file is sent under: the source's name as a CSV. */
    static String uploadName(String source) {
        String base = source == null || source.isBlank() || source.equals("pasted list") ? "pasted-list" : source;
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        base = base.replaceAll("[^A-Za-z0-9._-]+", "-");
        return base.toLowerCase(Locale.ROOT).endsWith("-cleaned") ? base + ".csv" : base + "-cleaned.csv";
    }

    /** A started (or repeated) verification: its task, and whether this submit repeated an earlier one. */
    record StartOutcome(VerificationTask task, boolean repeated) {
    }
}
