package com.mailindashboard.mailboxes;

import com.mailindashboard.jobs.Job;
import com.mailindashboard.jobs.JobLedger;
import com.mailindashboard.jobs.Operation;
import com.mailindashboard.jobs.OperationLedger;
import com.mailindashboard.secrets.SecretCipher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** What the pages read about dry runs: rows page by page, progress, and the CSV downloads. */
@Service
public class MailboxCreationReports {

    static final int PAGE_SIZE = 100;

    private final MailboxDryRunStore store;
    private final JobLedger jobs;
    private final OperationLedger operations;
    private final SecretCipher cipher;
    private final MessageSource messages;

    MailboxCreationReports(MailboxDryRunStore store, JobLedger jobs, OperationLedger operations, SecretCipher cipher,
                           MessageSource messages) {
        this.store = store;
        this.jobs = jobs;
        this.operations = operations;
        this.cipher = cipher;
        this.messages = messages;
    }

    public Optional<MailboxDryRunSummary> find(String dryRunId) {
        return store.find(dryRunId);
    }

    public MailboxRowsPage rows(String dryRunId, boolean errorsOnly, int page) {
        int total = store.countRows(dryRunId, errorsOnly);
        int current = clamp(page, total);
        return new MailboxRowsPage(store.rows(dryRunId, errorsOnly, (current - 1) * PAGE_SIZE, PAGE_SIZE), current,
                pageCount(total), total);
    }

    public MailboxRowsPage created(String dryRunId, int page) {
        return withOutcome(dryRunId, MailboxDryRunRow.CREATED, page);
    }

    /** The rows not created, with their reasons, page by page. */
    public MailboxRowsPage failed(String dryRunId, int page) {
        return withOutcome(dryRunId, MailboxDryRunRow.FAILED, page);
    }

    private MailboxRowsPage withOutcome(String dryRunId, String outcome, int page) {
        int total = store.countOutcome(dryRunId, outcome);
        int current = clamp(page, total);
        return new MailboxRowsPage(store.rowsWithOutcome(dryRunId, outcome, (current - 1) * PAGE_SIZE, PAGE_SIZE),
                current, pageCount(total), total);
    }

    public MailboxCreationProgress progress(MailboxDryRunSummary run) {
        Map<Integer, Integer> createdPerChunk = store.createdPerChunk(run.id());
        List<MailboxCreationChunk> current = store.chunks(run.id()).stream()
                .map(chunk -> chunk.state() == MailboxCreationChunk.State.SUBMITTING ? fresh(chunk) : chunk).toList();
        // one query for all the chunks' jobs: this page refreshes every 2 s, with up to 500 chunks
        Map<Long, Job> jobsById = jobs.findAll(current.stream().map(MailboxCreationChunk::jobId)
                .filter(Objects::nonNull).toList());
        List<MailboxCreationProgress.ChunkProgress> chunks = new ArrayList<>();
        for (MailboxCreationChunk chunk : current) {
            Job job = chunk.jobId() == null ? null : jobsById.get(chunk.jobId());
            chunks.add(new MailboxCreationProgress.ChunkProgress(chunk, job == null ? null : job.getStatus(),
                    job == null ? null : job.getLastReport(), createdPerChunk.getOrDefault(chunk.index(), 0)));
        }
        int created = createdPerChunk.values().stream().mapToInt(Integer::intValue).sum();
        return new MailboxCreationProgress(run, chunks, created, store.countOutcome(run.id(), MailboxDryRunRow.FAILED),
                store.countResendable(run.id()));
    }

    /** Writes the dry run's error rows as CSV; returns how many. */
    public int writeErrors(MailboxDryRunSummary run, Writer out, Locale locale) throws IOException {
        MailboxCreationCsv csv = new MailboxCreationCsv(run.provider(), cipher, messages, locale);
        return write(out, csv.header(), each -> store.forEachErrorRow(run.id(), row -> each.accept(csv.errorRow(row))));
    }

    /** Writes the rows whose creation failed as CSV; returns how many. */
    public int writeFailed(MailboxDryRunSummary run, Writer out, Locale locale) throws IOException {
        MailboxCreationCsv csv = new MailboxCreationCsv(run.provider(), cipher, messages, locale);
        return write(out, csv.header(), each -> store.forEachFailedRow(run.id(), row -> each.accept(csv.failedRow(row))));
    }

    private static int write(Writer out, String header, Consumer<Consumer<String>> rows)
            throws IOException {
        out.write(header);
        AtomicInteger count = new AtomicInteger();
        try {
            rows.accept(line -> {
                try {
                    out.write(line);
                    count.incrementAndGet();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
        return count.get();
    }

    /** A chunk recorded while its operation was still being sent (a repeat): the ledger knows better now. */
    private MailboxCreationChunk fresh(MailboxCreationChunk chunk) {
        if (chunk.operationId() == null) {
            return chunk;
        }
        return operations.find(chunk.operationId()).map((Operation op) -> new MailboxCreationChunk(chunk.id(),
                chunk.dryRunId(), chunk.index(), chunk.operationKey(), chunk.rowCount(),
                MailboxCreationChunk.State.of(op.getState()), op.getId(), op.getJobId(), op.getUpstreamMessage())).orElse(chunk);
    }

    private static int pageCount(int total) {
        return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    private static int clamp(int page, int total) {
        return Math.min(Math.max(1, page), pageCount(total));
    }
}
