package com.mailindashboard.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.InputStreamResource;

/** Contract of V1 to V8 against the vendor's documented bodies. */
class VerificationClientContractTest extends GatewayTestSupport {

    static final String CSV = "email\ntest1@example.com\ntest2@example.com\n";

    VerificationClient client;

    @TempDir
    Path dir;

    @BeforeEach
    void client() {
        client = new VerificationClient(http);
    }

    @Test
    @Covers(MailinOperation.V1)
    void verifiesOneEmail() {
        wireMock.stubFor(post(PUBLIC + "/verify-single-email").withHeader("Authorization", equalTo(AUTH))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"email\": \"test@example.com\", \"type\": \"standard\"}"))
                .willReturn(aResponse().withStatus(210).withBody(body("V1-verify-single.json"))));

        VerificationSingleResult result = client.verifySingle("test@example.com", VerificationType.STANDARD);

        assertThat(result.message()).isEqualTo("Verification complete.");
        assertThat(result.taskId()).isEqualTo("abc12345");
        assertThat(result.email()).isEqualTo("test@example.com");
        assertThat(result.status()).isEqualTo("success");
        assertThat(result.score()).isEqualTo(95);
        assertThat(result.result()).isEqualTo("deliverable");
        assertThat(result.creditsUsed()).isEqualTo(1);
        assertThat(result.done()).isTrue();
        assertThat(writes).containsExactly("V1:ok");
    }

    @Test
    @Covers(MailinOperation.V2)
    void readsASingleResultStillBeingVerified() {
        wireMock.stubFor(get(urlPathEqualTo(PUBLIC + "/get-single-email")).withHeader("Authorization", equalTo(AUTH))
                .withQueryParam("task_id", equalTo("abc12345"))
                .willReturn(aResponse().withStatus(200).withBody(body("V2-single-email.json"))));

        VerificationSingleResult result = client.singleResult("abc12345");

        assertThat(result.taskId()).isEqualTo("abc12345");
        assertThat(result.status()).isEqualTo("verifying");
        assertThat(result.result()).isNull();
        assertThat(result.score()).isNull();
        assertThat(result.creditsUsed()).isEqualTo(1);
        assertThat(result.done()).isFalse();
        assertThat(result.failed()).isFalse();
    }

    @Test
    @Covers(MailinOperation.V3)
    void uploadsAFileAsMultipart() throws IOException {
        Path file = Files.writeString(dir.resolve("upload.csv"), CSV);
        stubFileUpload(aResponse().withStatus(210).withBody(body("V3-file-accepted.json")));

        VerificationTaskStarted started = client.verifyFile(new FileSystemResource(file), "emails.csv",
                VerificationType.STANDARD);

        assertThat(started.taskId()).isEqualTo("bulk_123456");
        assertThat(started.message()).isEqualTo("Your file has been uploaded and verification has started.");
        assertThat(writes).containsExactly("V3:ok");
    }

    @Test
    @Covers(MailinOperation.V3)
    void streamsAOneShotInputStreamWithoutReadingItAhead() {
        // InputStreamResource refuses a second getInputStream(): the upload must read it exactly once
        var stream = new InputStreamResource(new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8)));
        stubFileUpload(aResponse().withStatus(210).withBody(body("V3-file-accepted.json")));

        assertThat(client.verifyFile(stream, "emails.csv", VerificationType.STANDARD).taskId())
                .isEqualTo("bulk_123456");
    }

    @Test
    @Covers(MailinOperation.V3)
    void notEnoughCreditsIsAValidationError() throws IOException {
        Path file = Files.writeString(dir.resolve("upload.csv"), CSV);
        wireMock.stubFor(post(PUBLIC + "/verify-bulk-file")
                .willReturn(aResponse().withStatus(422).withBody(body("V3-not-enough-credits.json"))));

        assertThatThrownBy(() -> client.verifyFile(new FileSystemResource(file), "emails.csv",
                VerificationType.STANDARD))
                .isInstanceOf(MailinValidationException.class)
                .extracting(e -> ((MailinException) e).upstreamMessage())
                .isEqualTo("You need 500 credits to verify this file, but you only have 200.");
    }

    @Test
    void filesAreCheckedBeforeTheyAreSent() throws IOException {
        Path big = dir.resolve("big.csv");
        try (RandomAccessFile sparse = new RandomAccessFile(big.toFile(), "rw")) {
            sparse.setLength(VerificationClient.MAX_FILE_BYTES + 1);
        }

        assertThatThrownBy(() -> client.verifyFile(new FileSystemResource(big), "big.csv", VerificationType.STANDARD))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("25 MB");
        assertThatThrownBy(() -> client.verifyFile(new FileSystemResource(big), "emails.txt",
                VerificationType.STANDARD)).isInstanceOf(IllegalArgumentException.class);
        wireMock.verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    @Covers(MailinOperation.V4)
    void verifiesACommaSeparatedList() {
        wireMock.stubFor(post(PUBLIC + "/verify-bulk-emails").withHeader("Authorization", equalTo(AUTH))
                .withHeader("Content-Type", containing("multipart/form-data"))
                .withMultipartRequestBody(aMultipart().withName("emails")
                        .withBody(equalTo("test1@example.com,test2@example.com,test3@example.com")))
                .withMultipartRequestBody(aMultipart().withName("type").withBody(equalTo("standard")))
                .willReturn(aResponse().withStatus(210).withBody(body("V4-list-accepted.json"))));

        VerificationTaskStarted started = client.verifyList(
                List.of("test1@example.com", " test2@example.com", "test3@example.com "), VerificationType.STANDARD);

        assertThat(started.taskId()).isEqualTo("bulk_123456");
        assertThat(started.message()).isEqualTo("Your verification has started and is currently in progress.");
    }

    @Test
    @Covers(MailinOperation.V4)
    void moreThanFiveHundredAddressesAreRefusedBeforeSending() {
        List<String> emails = IntStream.rangeClosed(1, 501).mapToObj(i -> "user" + i + "@example.com").toList();

        assertThatThrownBy(() -> client.verifyList(emails, VerificationType.STANDARD))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("500");
        assertThatThrownBy(() -> client.verifyList(List.of(" "), VerificationType.STANDARD))
                .isInstanceOf(IllegalArgumentException.class);
        wireMock.verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    @Covers(MailinOperation.V4)
    void upstreamLimitIsAValidationError() {
        wireMock.stubFor(post(PUBLIC + "/verify-bulk-emails")
                .willReturn(aResponse().withStatus(422).withBody(body("V4-too-many.json"))));

        assertThatThrownBy(() -> client.verifyList(List.of("a@example.com"), VerificationType.CATCH_ALL))
                .isInstanceOf(MailinValidationException.class)
                .extracting(e -> ((MailinException) e).upstreamMessage())
                .isEqualTo("You cannot verify more than 500 emails at once.");
    }

    @Test
    @Covers(MailinOperation.V5)
    void taskStillRunning() {
        stubTaskDetail("V5-running.json");

        VerificationTaskDetail detail = client.taskDetail("bulk_123456");

        assertThat(detail.running()).isTrue();
        assertThat(detail.finished()).isFalse();
        assertThat(detail.failedAndRefunded()).isFalse();
        assertThat(detail.type()).isNull();
        assertThat(detail.message()).startsWith("Email verification is still in progress.");
    }

    @Test
    @Covers(MailinOperation.V5)
    void taskFailedAndRefunded() {
        stubTaskDetail("V5-refunded.json");

        VerificationTaskDetail detail = client.taskDetail("bulk_123456");

        assertThat(detail.failedAndRefunded()).isTrue();
        assertThat(detail.running()).isFalse();
        assertThat(detail.finished()).isFalse();
        assertThat(detail.reason()).isEqualTo("Column with email addresses not found");
    }

    @Test
    @Covers(MailinOperation.V5)
    void catchAllTaskFinished() {
        stubTaskDetail("V5-catch-all-finished.json");

        VerificationTaskDetail detail = client.taskDetail("bulk_123456");

        assertThat(detail.finished()).isTrue();
        assertThat(detail.running()).isFalse();
        assertThat(detail.type()).isEqualTo(VerificationType.CATCH_ALL);
        assertThat(detail.createdAtTime()).isEqualTo(LocalDateTime.of(2025, 8, 20, 12, 45, 22));
        assertThat(List.of(detail.totalRows(), detail.deliverable(), detail.catchAll(), detail.risky(),
                detail.undeliverable(), detail.unknown())).containsExactly(1200L, 950L, 100L, 50L, 80L, 20L);
        assertThat(detail.invalid()).isNull();
        assertThat(detail.duplicate()).isNull();
    }

    @Test
    @Covers(MailinOperation.V5)
    void standardTaskFinished() {
        stubTaskDetail("V5-standard-finished.json");

        VerificationTaskDetail detail = client.taskDetail("bulk_123456");

        assertThat(detail.finished()).isTrue();
        assertThat(detail.type()).isEqualTo(VerificationType.STANDARD);
        assertThat(detail.createdAt()).isEqualTo("2025-08-20 10:15:09");
        assertThat(List.of(detail.totalRows(), detail.deliverable(), detail.catchAll(), detail.invalid(),
                detail.unknown(), detail.duplicate())).containsExactly(500L, 420L, 30L, 25L, 20L, 5L);
        assertThat(detail.risky()).isNull();
        assertThat(detail.undeliverable()).isNull();
    }

    @Test
    @Covers(MailinOperation.V6)
    void readsACreditHistoryPageDespiteTheElidedLinks() {
        wireMock.stubFor(get(urlPathEqualTo(PUBLIC + "/credit-history")).withHeader("Authorization", equalTo(AUTH))
                .withQueryParam("per_page", equalTo("10")).withQueryParam("page", equalTo("1"))
                .willReturn(aResponse().withStatus(200).withBody(body("V6-credit-history.json"))));

        MailinPage<VerificationCreditEntry> page = client.creditHistory(PageRequest.of(1, 10));

        assertThat(page.total()).isEqualTo(25L);
        assertThat(page.pageCount()).isEqualTo(3);
        assertThat(page.data()).containsExactly(
                new VerificationCreditEntry(12L, "Bulk verification started", 0L, 50L, 450L),
                new VerificationCreditEntry(11L, "Purchased credits", 500L, 0L, 500L));
    }

    @Test
    @Covers(MailinOperation.V7)
    void readsTheCredits() {
        wireMock.stubFor(get(PUBLIC + "/get-credits").withHeader("Authorization", equalTo(AUTH))
                .willReturn(aResponse().withStatus(200).withBody(body("V7-credits.json"))));

        assertThat(client.credits()).isEqualTo(120000L);
    }

    @Test
    @Covers(MailinOperation.V8)
    void downloadLinkOfAFinishedTask() {
        stubDownload(aResponse().withStatus(200).withBody(body("V8-download.json")));

        VerificationDownload download = client.download("bulk_123456", "deliverable");

        assertThat(download.ready()).isTrue();
        assertThat(download.downloadUrl())
                .isEqualTo("https://api.mailin.ai/storage/tmp/result-bulk_123456-1693456789.csv");
    }

    @Test
    @Covers(MailinOperation.V8)
    void noDownloadWhileTheTaskRuns() {
        stubDownload(aResponse().withStatus(200).withBody(body("V8-running.json")));

        VerificationDownload download = client.download("bulk_123456", "deliverable");

        assertThat(download.ready()).isFalse();
        assertThat(download.message())
                .isEqualTo("Task is still in progress. Please try downloading once it is finished.");
    }

    @Test
    @Covers(MailinOperation.V8)
    void theResultFileBehindALinkIsStreamedToDiskWithoutTheToken() throws IOException {
        String results = "email,result,score\r\n" + "lead@example.com,deliverable,95\r\n".repeat(20_000);
        wireMock.stubFor(get("/storage/tmp/result-bulk_123456-1693456789.csv")
                .willReturn(aResponse().withStatus(200).withBody(results)));
        Path target = dir.resolve("kept.csv");

        long bytes = client.fetchResults(wireMock.baseUrl() + "/storage/tmp/result-bulk_123456-1693456789.csv", target);

        assertThat(bytes).isEqualTo(results.length());
        assertThat(Files.readString(target)).isEqualTo(results);
        wireMock.verify(getRequestedFor(urlEqualTo("/storage/tmp/result-bulk_123456-1693456789.csv"))
                .withoutHeader("Authorization"));
    }

    @Test
    void anExpiredOrForeignResultLinkIsRefused() {
        wireMock.stubFor(get("/storage/tmp/gone.csv").willReturn(aResponse().withStatus(404)));

        assertThatThrownBy(() -> client.fetchResults(wireMock.baseUrl() + "/storage/tmp/gone.csv", dir.resolve("a.csv")))
                .isInstanceOf(MailinNotFoundException.class);
        assertThatThrownBy(() -> client.fetchResults("file:///etc/passwd", dir.resolve("b.csv")))
                .isInstanceOf(MailinUnavailableException.class);
        assertThatThrownBy(() -> client.fetchResults("not a url", dir.resolve("c.csv")))
                .isInstanceOf(MailinUnavailableException.class);
    }

    @Test
    @Covers(MailinOperation.V6)
    void aCreditEntryWithATimeKeepsIt() {
        wireMock.stubFor(get(urlPathEqualTo(PUBLIC + "/credit-history")).willReturn(aResponse().withStatus(200).withBody("""
                {"current_page": 1, "data": [{"id": 3, "reason": "Single email verification", "credit": 0,
                 "debit": 1, "total_credit": 12499, "created_at": "2026-12-02T10:00:00.000000Z"}],
                 "per_page": 15, "total": 1}""")));

        assertThat(client.creditHistory(PageRequest.first(15)).data().getFirst().createdAt())
                .isEqualTo("2026-12-02T10:00:00.000000Z");
    }

    private void stubFileUpload(ResponseDefinitionBuilder answer) {
        wireMock.stubFor(post(PUBLIC + "/verify-bulk-file").withHeader("Authorization", equalTo(AUTH))
                .withHeader("Content-Type", containing("multipart/form-data"))
                .withMultipartRequestBody(aMultipart().withName("file")
                        .withHeader("Content-Disposition", containing("filename=\"emails.csv\""))
                        .withHeader("Content-Type", equalTo("text/csv"))
                        .withBody(equalTo(CSV)))
                .withMultipartRequestBody(aMultipart().withName("type").withBody(equalTo("standard")))
                .willReturn(answer));
    }

    private void stubTaskDetail(String file) {
        wireMock.stubFor(get(urlPathEqualTo(PUBLIC + "/get-task-detail")).withHeader("Authorization", equalTo(AUTH))
                .withQueryParam("task_id", equalTo("bulk_123456"))
                .willReturn(aResponse().withStatus(200).withBody(body(file))));
    }

    private void stubDownload(ResponseDefinitionBuilder answer) {
        wireMock.stubFor(post(PUBLIC + "/download-verified-emails").withHeader("Authorization", equalTo(AUTH))
                .withHeader("Content-Type", containing("multipart/form-data"))
                .withMultipartRequestBody(aMultipart().withName("task_id").withBody(equalTo("bulk_123456")))
                .withMultipartRequestBody(aMultipart().withName("download_type").withBody(equalTo("deliverable")))
                .willReturn(answer));
    }
}
