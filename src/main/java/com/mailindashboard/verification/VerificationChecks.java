package com.mailindashboard.verification;

import com.mailindashboard.csv.CsvUnreadableException;
import com.mailindashboard.gateway.MailinException;
import com.mailindashboard.gateway.VerificationClient;
import com.mailindashboard.gateway.VerificationType;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;
import org.springframework.web.multipart.MultipartFile;

/**
 * The check before a bulk verification: a pasted list or an uploaded file is read streaming, its
 * e-mail column found, duplicates and non-addresses removed into a cleaned CSV in the data
 * directory, and the credits it needs compared with the balance (V7). The original upload is
 * deleted as soon as it is read (kept only while its e-mail column has to be chosen).
 */
@Service
class VerificationChecks {

    private static final Logger log = LoggerFactory.getLogger(VerificationChecks.class);
    /** Bytes per address in a typical file, to size the duplicate table once. */
    private static final int BYTES_PER_ROW_ESTIMATE = 24;

    private final VerificationCheckRepository checks;
    private final VerificationStorage storage;
    private final VerificationClient client;
    private final VerificationProperties properties;
    private final Clock clock;

    VerificationChecks(VerificationCheckRepository checks, VerificationStorage storage, VerificationClient client,
                       VerificationProperties properties, Clock clock) {
        this.checks = checks;
        this.storage = storage;
        this.client = client;
        this.properties = properties;
        this.clock = clock;
    }

    Optional<VerificationCheck> find(String id) {
        return checks.findById(id);
    }

    /** Checks a pasted list: one address per line, or separated by commas or semicolons. */
    VerificationCheck checkList(String text, VerificationType type, String user) {
        if (text == null || text.isBlank()) {
            throw new VerificationRefusal("verification.list.empty");
        }
        VerificationCheck check = new VerificationCheck(VerificationCheck.SourceKind.LIST, "pasted list", type, user,
                clock.instant());
        String cleaned = storage.newFile("checks", ".csv");
        PrecheckResult result;
        try (Writer out = writer(cleaned)) {
            result = Precheck.pasted(text, out);
        } catch (IOException e) {
            storage.delete(cleaned);
            throw new UncheckedIOException(e);
        }
        if (result.unique() == 0) {
            storage.delete(cleaned);
            throw new VerificationRefusal("verification.list.nothing-valid", result.rows(), result.invalid());
        }
        check.checked(result, cleaned, balance());
        return checks.save(check);
    }

    /** Checks an uploaded CSV or XLSX file (at most 25 MB, refused by its size before it is read). */
    VerificationCheck checkFile(MultipartFile file, VerificationType type, String user) {
        if (file == null || file.isEmpty()) {
            throw new VerificationRefusal("verification.file.empty");
        }
        String name = fileName(file);
        if (!VerificationFiles.accepted(name)) {
            throw new VerificationRefusal("verification.file.type", name);
        }
        if (file.getSize() > VerificationFiles.MAX_FILE_BYTES) {
            throw new VerificationRefusal("verification.file.too-large", megabytes(file.getSize()));
        }
        String upload = storage.newFile("uploads", VerificationFiles.isXlsx(name) ? ".xlsx" : ".csv");
        try {
            file.transferTo(storage.path(upload));
        } catch (IOException e) {
            storage.delete(upload);
            throw new UncheckedIOException(e);
        }
        VerificationCheck check = new VerificationCheck(VerificationCheck.SourceKind.FILE, name, type, user,
                clock.instant());
        return read(check, upload, null);
    }

    /** Reads a file again with the column the user chose. */
    VerificationCheck chooseColumn(String id, int column) {
        VerificationCheck check = checks.findById(id).orElseThrow(() -> new VerificationRefusal("verification.check.not-found"));
        if (check.getState() != VerificationCheck.State.NEEDS_COLUMN || check.getOriginalFile() == null) {
            return check;
        }
        if (column < 0 || column >= check.columnChoices().size()) {
            throw new VerificationRefusal("verification.column.invalid");
        }
        return read(check, check.getOriginalFile(), column);
    }

    private VerificationCheck read(VerificationCheck check, String upload, Integer column) {
        Path path = storage.path(upload);
        String cleaned = storage.newFile("checks", ".csv");
        boolean keepUpload = false;
        try {
            PrecheckResult result;
            long size = Files.size(path);
            int expected = (int) Math.min(size / BYTES_PER_ROW_ESTIMATE + 16, 4_000_000);
            try (SheetRows rows = SheetRows.open(path, check.getSourceName()); Writer out = writer(cleaned)) {
                result = Precheck.file(rows, column, out, expected);
            }
            if (result.needsColumn()) {
                storage.delete(cleaned);
                check.needsColumn(result.columns(), upload);
                keepUpload = true;
                return checks.save(check);
            }
            if (result.unique() == 0) {
                storage.delete(cleaned);
                throw new VerificationRefusal("verification.file.nothing-valid", result.rows(), result.invalid(),
                        result.duplicates());
            }
            check.checked(result, cleaned, balance());
            return checks.save(check);
        } catch (CsvUnreadableException e) {
            storage.delete(cleaned);
            throw new VerificationRefusal("verification.file.unreadable." + e.reason().name().toLowerCase(Locale.ROOT));
        } catch (SheetRows.UnreadableSheetException e) {
            storage.delete(cleaned);
            throw new VerificationRefusal("verification.file.unreadable.xlsx");
        } catch (IOException e) {
            storage.delete(cleaned);
            throw new VerificationRefusal("verification.file.unreadable");
        } finally {
            if (!keepUpload) {
                storage.delete(upload);
            }
        }
    }

    /** V7 now; null when Mailin cannot be asked (the page says so, and Mailin's own 422 still guards). */
    private Long balance() {
        try {
            return client.credits();
        } catch (MailinException e) {
            log.warn("Credits could not be read for a verification check: {}", e.outcome());
            return null;
        }
    }

    private Writer writer(String relative) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(storage.path(relative), StandardCharsets.UTF_8), 64 * 1024);
    }

    /** Forgets checks older than the retention, with their files (cleaned CSVs, uploads waiting for a column). */
    @SchedulerLock(name = "verification-checks-purge")
    @Scheduled(fixedDelayString = "1h", initialDelayString = "5m")
    void purge() {
        for (VerificationCheck old : checks.findByCreatedAtBefore(clock.instant().minus(properties.checkRetention()))) {
            storage.delete(old.getCleanedFile());
            storage.delete(old.getOriginalFile());
            checks.delete(old);
        }
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static String fileName(MultipartFile file) {
        String name = StringUtils.getFilename(file.getOriginalFilename());
        return name == null || name.isBlank() ? "upload.csv" : name;
    }
}
