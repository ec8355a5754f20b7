package com.mailindashboard.verification;

import com.mailindashboard.gateway.VerificationClient;
import com.mailindashboard.gateway.VerificationDownload;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * A finished task's results by category, through the dashboard: the first download asks Mailin
 * for the link (V8), streams the file from Mailin's storage into the data directory and keeps it
 * for {@code dashboard.verification.keep-results} (Mailin deletes its own after some days); later
 * downloads are served from that copy. Mailin's link is never shown.
 */
@Service
class VerificationDownloads {

    private static final Logger log = LoggerFactory.getLogger(VerificationDownloads.class);

    private final VerificationClient client;
    private final VerificationResultFileRepository files;
    private final VerificationStorage storage;
    private final VerificationProperties properties;
    private final Clock clock;

    VerificationDownloads(VerificationClient client, VerificationResultFileRepository files,
                          VerificationStorage storage, VerificationProperties properties, Clock clock) {
        this.client = client;
        this.files = files;
        this.storage = storage;
        this.properties = properties;
        this.clock = clock;
    }

    /** The kept result file of a category, fetched from Mailin on the first download. */
    ResultFile resultFile(VerificationTask task, VerificationCategory category) {
        if (!task.downloadable()) {
            throw new VerificationRefusal("verification.download.not-finished");
        }
        Instant now = clock.instant();
        var kept = files.findByTaskIdAndCategory(task.getId(), category);
        if (kept.isPresent() && kept.get().getExpiresAt().isAfter(now) && Files.exists(storage.path(kept.get().getPath()))) {
            return new ResultFile(storage.path(kept.get().getPath()), kept.get().getBytes(), true);
        }
        kept.ifPresent(this::forget);
        VerificationDownload link = client.download(task.getUpstreamTaskId(), category.value());
        if (!link.ready()) {
            throw new VerificationRefusal("verification.download.not-ready", link.message() == null ? "" : link.message());
        }
        String relative = storage.newFile("results", ".csv");
        long bytes;
        try {
            bytes = client.fetchResults(link.downloadUrl(), storage.path(relative));
        } catch (RuntimeException e) {
            storage.delete(relative);
            throw e;
        }
        try {
            files.saveAndFlush(new VerificationResultFile(task.getId(), category, relative, bytes, now,
                    now.plus(properties.keepResults())));
        } catch (DataIntegrityViolationException raced) {
            // another download of the same category kept its copy first: this one is served and dropped later
            log.info("Result file of task {} ({}) was kept by a concurrent download", task.getId(), category);
        }
        return new ResultFile(storage.path(relative), bytes, false);
    }

    /** Deletes kept result files past their time. */
    @SchedulerLock(name = "verification-downloads-purge")
    @Scheduled(fixedDelayString = "1h", initialDelayString = "10m")
    void purgeExpired() {
        files.findByExpiresAtBefore(clock.instant()).forEach(this::forget);
    }

    private void forget(VerificationResultFile file) {
        storage.delete(file.getPath());
        files.delete(file);
    }

    /** A result file to stream: where it is, its size, and whether it was the kept copy. */
    public record ResultFile(Path path, long bytes, boolean kept) {
    }
}
