package com.mailindashboard.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.stereotype.Component;

/** Email verification rows of the catalog, V1 to V8. V3, V4 and V8 send multipart forms. */
@Component
public class VerificationClient {

    /** V3's upload limit. */
    public static final long MAX_FILE_BYTES = 25L * 1024 * 1024;
    /** V4's limit of addresses per request. */
    public static final int MAX_LIST_EMAILS = 500;

    private final MailinHttp http;

    VerificationClient(MailinHttp http) {
        this.http = http;
    }

    /** V1: starts verifying one address; the answer may already carry the result. */
    @CatalogOperation(MailinOperation.V1)
    public VerificationSingleResult verifySingle(String email, VerificationType type) {
        return http.call(MailinRequest.to(MailinOperation.V1).json(new VerificationSingleRequest(email, type.value())))
                .as(VerificationSingleResult.class);
    }

    /** V2: the state and result of a single verification started with V1. */
    @CatalogOperation(MailinOperation.V2)
    public VerificationSingleResult singleResult(String taskId) {
        return http.call(MailinRequest.to(MailinOperation.V2).query("task_id", taskId))
                .as(VerificationSingleResult.class);
    }

    /**
     * V3: uploads a csv or xlsx file of addresses (at most 25 MB). The file is streamed from the
     * resource, never held in memory. Pass a re-readable resource (a {@code FileSystemResource})
     * where possible: a plain {@code InputStreamResource} (not a subclass, which Spring would read
     * whole to learn its length) works too but can be sent only once.
     */
    @CatalogOperation(MailinOperation.V3)
    public VerificationTaskStarted verifyFile(Resource file, String filename, VerificationType type) {
        String lower = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".csv") && !lower.endsWith(".xlsx")) {
            throw new IllegalArgumentException("Mailin verifies csv or xlsx files, not " + filename);
        }
        if (file.isFile() && length(file) > MAX_FILE_BYTES) {
            throw new IllegalArgumentException(filename + " is larger than 25 MB");
        }
        MultipartBodyBuilder form = new MultipartBodyBuilder();
        form.part("file", file)
                .filename(filename)
                .contentType(MediaTypeFactory.getMediaType(filename).orElse(MediaType.APPLICATION_OCTET_STREAM));
        form.part("type", type.value());
        return http.call(MailinRequest.to(MailinOperation.V3).multipart(form.build()))
                .as(VerificationTaskStarted.class);
    }

    /** V4: verifies up to {@value #MAX_LIST_EMAILS} addresses, sent comma-separated. */
    @CatalogOperation(MailinOperation.V4)
    public VerificationTaskStarted verifyList(List<String> emails, VerificationType type) {
        List<String> cleaned = emails.stream().map(String::strip).filter(e -> !e.isEmpty()).toList();
        if (cleaned.isEmpty() || cleaned.size() > MAX_LIST_EMAILS) {
            throw new IllegalArgumentException("Between 1 and " + MAX_LIST_EMAILS
                    + " addresses can be verified at once, not " + cleaned.size());
        }
        MultipartBodyBuilder form = new MultipartBodyBuilder();
        form.part("emails", String.join(",", cleaned));
        form.part("type", type.value());
        return http.call(MailinRequest.to(MailinOperation.V4).multipart(form.build()))
                .as(VerificationTaskStarted.class);
    }

    /** V5: a bulk task's state: running, failed and refunded, or finished with its counts. */
    @CatalogOperation(MailinOperation.V5)
    public VerificationTaskDetail taskDetail(String taskId) {
        return http.call(MailinRequest.to(MailinOperation.V5).query("task_id", taskId))
                .as(VerificationTaskDetail.class);
    }

    /** V6: one page of the account's credit transactions. */
    @CatalogOperation(MailinOperation.V6)
    public MailinPage<VerificationCreditEntry> creditHistory(PageRequest page) {
        return http.call(MailinRequest.to(MailinOperation.V6).page(page)).asPage(VerificationCreditEntry.class);
    }

    /** V7: the verification credits left. */
    @CatalogOperation(MailinOperation.V7)
    public long credits() {
        Long total = http.call(MailinRequest.to(MailinOperation.V7)).as(Credits.class).totalCredits();
        return total == null ? 0 : total;
    }

    /**
     * V8: the download link of a finished task's results; {@code downloadType} is one of the
     * task type's categories (e.g. {@code deliverable}) or {@code all}. While the task runs, the
     * answer has only a message.
     */
    @CatalogOperation(MailinOperation.V8)
    public VerificationDownload download(String taskId, String downloadType) {
        MultipartBodyBuilder form = new MultipartBodyBuilder();
        form.part("task_id", taskId);
        form.part("download_type", downloadType);
        return http.call(MailinRequest.to(MailinOperation.V8).multipart(form.build()))
                .as(VerificationDownload.class);
    }

    /**
     * Streams the result file behind a V8 link into {@code target} (never in memory); returns the
     * bytes written. Mailin's storage link is only ever read here, never shown.
     */
    @CatalogOperation(MailinOperation.V8)
    public long fetchResults(String downloadUrl, Path target) {
        return http.fetchFile(MailinOperation.V8, downloadUrl, target);
    }

    private static long length(Resource file) {
        try {
            return file.contentLength();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Credits(Long totalCredits) {
    }
}
