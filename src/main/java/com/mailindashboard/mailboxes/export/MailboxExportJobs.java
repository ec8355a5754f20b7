package com.mailindashboard.mailboxes.export;

import com.mailindashboard.audit.AuditEntry;
import com.mailindashboard.audit.AuditLog;
import com.mailindashboard.audit.AuditOutcome;
import com.mailindashboard.gateway.MailinException;
import com.mailindashboard.gateway.UpstreamLane;
import com.mailindashboard.gateway.UpstreamLanes;
import com.mailindashboard.jobs.JobText;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Runs exports in the background: {@link #start} stores the export and returns at once, a worker
 * (at most {@code max-running} at a time) writes the file while it stores its progress, the
 * starter downloads the file until it expires. A cancel is a conditional update the worker sees at
 * its next progress report. Every export is audited when it ends, with its row count, as the
 * synchronous download was.
 */
@Service
public class MailboxExportJobs {

    private static final Logger log = LoggerFactory.getLogger(MailboxExportJobs.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    /** Progress is stored at most this often between page ends (app passwords come one call at a time). */
    private static final long PROGRESS_EVERY_MILLIS = 1000;

    private final MailboxExportStore store;
    private final MailboxExportFiles files;
    private final MailboxExportService exports;
    private final MailboxExportProperties properties;
    private final AuditLog audit;
    private final Clock clock;
    private final ExecutorService workers;

    MailboxExportJobs(MailboxExportStore store, MailboxExportFiles files, MailboxExportService exports,
                      MailboxExportProperties properties, AuditLog audit, Clock clock) {
        this.store = store;
        this.files = files;
        this.exports = exports;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
        this.workers = Executors.newFixedThreadPool(properties.maxRunning(), Thread.ofVirtual().name("export-", 0).factory());
    }

    /**
     * Starts an export, or returns the same teammate's identical export still running (a double
     * click or a repeated submit starts no second one).
     */
    public MailboxExportJob start(MailboxExportForm form, String requestedBy) {
        Optional<MailboxExportJob> same = store.recent(requestedBy, 20).stream()
                .filter(job -> job.active() && job.form().describe().equals(form.describe())
                        && job.ids().equals(form.getIds()))
                .findFirst();
        if (same.isPresent()) {
            return same.get();
        }
        String id = UUID.randomUUID().toString();
        String fileName = "mailboxes-" + form.getFormat().fileSuffix() + "-" + STAMP.format(clock.instant()) + ".csv";
        store.create(id, form, fileName, files.newKey(), requestedBy, clock.instant());
        workers.execute(() -> runAsStartedWork(id));
        return store.find(id).orElseThrow();
    }

    public Optional<MailboxExportJob> find(String id) {
        return store.find(id);
    }

    public List<MailboxExportJob> recent(String requestedBy) {
        return store.recent(requestedBy, 10);
    }

    /** Cancels a queued or running export; false when it had already ended. */
    public boolean cancel(MailboxExportJob job) {
        if (store.cancel(job.id(), clock.instant()) == 0) {
            return false;
        }
        files.delete(job.id());
        audit.record(AuditEntry.of("mailboxes.export.cancel", AuditOutcome.SUCCESS)
                .target("export", job.id(), job.fileName()).summary("rows=" + job.rowsWritten()));
        return true;
    }

    /** The finished export's file, decrypted while read; audited with its row count. */
    public InputStream open(MailboxExportJob job) throws IOException {
        InputStream in = files.reader(job.id(), store.fileKey(job.id()));
        audit.record(AuditEntry.of("mailboxes.export.download", AuditOutcome.SUCCESS)
                .target("export", job.id(), job.fileName())
                .summary(job.form().describe() + ", rows=" + job.rowsWritten()));
        return in;
    }

    /** Whether the file is still there to download. */
    public boolean fileReady(MailboxExportJob job) {
        return job.downloadable() && files.exists(job.id());
    }

    /** After a restart, runs the exports still waiting for their turn. */
    @EventListener(ApplicationReadyEvent.class)
    void resumeQueued() {
        for (String id : store.queued()) {
            workers.execute(() -> runAsStartedWork(id));
        }
    }

    /** Deletes the files of exports past their time, and fails exports whose worker stopped. */
    @SchedulerLock(name = "mailbox-exports-sweep")
    public void sweep() {
        Instant now = clock.instant();
        for (String id : store.expired(now)) {
            files.delete(id);
            store.markExpired(id, now);
            log.info("Deleted the file of mailbox export {} (kept {})", id, properties.retention());
        }
        Instant cutoff = now.minus(properties.staleAfter());
        for (String id : store.stale(cutoff)) {
            if (store.failStale(id, cutoff, JobText.of("mailboxes.export.job.interrupted"), now) == 1) {
                files.delete(id);
                log.warn("Mailbox export {} stopped reporting progress; marked failed", id);
            }
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        workers.shutdownNow();
        workers.awaitTermination(5, TimeUnit.SECONDS);
    }

    /** The worker: writes the file, stores progress, ends the export and audits it. */
    /** An export is work a person started: its Mailin reads go in that lane of the budget. */
    private void runAsStartedWork(String id) {
        UpstreamLanes.in(UpstreamLane.STARTED_WORK, () -> run(id));
    }

    void run(String id) {
        if (store.start(id, clock.instant()) == 0) {
            return; // cancelled while queued, or another instance took it
        }
        MailboxExportJob job = store.find(id).orElseThrow();
        MailboxExportForm form = job.form();
        AuditOutcome outcome = AuditOutcome.FAILURE;
        boolean cancelled = false;
        MailboxExportService.Export export = null;
        try {
            export = exports.prepare(form);
            report(id, export);
            try (Writer out = files.writer(id, store.fileKey(id))) {
                long[] last = {System.currentTimeMillis()};
                export.writeTo(out, (progress, pageEnd) -> {
                    long nowMillis = System.currentTimeMillis();
                    if (pageEnd || nowMillis - last[0] >= PROGRESS_EVERY_MILLIS) {
                        last[0] = nowMillis;
                        report(id, progress);
                    }
                });
            }
            report(id, export);
            Instant now = clock.instant();
            if (store.finish(id, MailboxExportJob.State.DONE, null, now, now.plus(properties.retention())) == 0) {
                throw new MailboxExportService.MailboxExportCancelled();
            }
            outcome = AuditOutcome.SUCCESS;
        } catch (MailboxExportService.MailboxExportCancelled stopped) {
            files.delete(id);
            outcome = AuditOutcome.FAILURE;
            cancelled = true;
        } catch (MailinException e) {
            fail(id, JobText.join(JobText.of("mailin.problem." + e.outcome() + ".title"), e.upstreamMessage()));
        } catch (IOException | RuntimeException e) {
            log.error("Mailbox export {} failed: {}", id, e.toString());
            fail(id, JobText.of("mailboxes.export.job.local-failure"));
        } finally {
            long rows = export == null ? 0 : export.written();
            audit.record(AuditEntry.of("mailboxes.export", outcome).actor(job.requestedBy())
                    .target("export", id, job.fileName())
                    .summary(form.describe() + ", rows=" + rows
                            + (cancelled ? ", cancelled" : "")));
        }
    }

    private void report(String id, MailboxExportService.Export export) {
        if (store.progress(id, export.written(), export.pagesRead(), export.pagesTotal(), export.appPasswordsMissing(),
                clock.instant()) == 0) {
            throw new MailboxExportService.MailboxExportCancelled();
        }
    }

    private void fail(String id, String problem) {
        files.delete(id);
        store.finish(id, MailboxExportJob.State.FAILED, problem, clock.instant(), null);
    }
}
