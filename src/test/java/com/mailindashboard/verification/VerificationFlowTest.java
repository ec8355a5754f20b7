package com.mailindashboard.verification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static com.mailindashboard.support.WireMockMailin.PUBLIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.mailindashboard.jobs.Job;
import com.mailindashboard.jobs.JobLedger;
import com.mailindashboard.jobs.JobPoller;
import com.mailindashboard.jobs.JobStatus;
import com.mailindashboard.support.WireMockMailin;
import com.mailindashboard.support.WireMockPageTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Verification against WireMock playing Mailin with the vendor's documented bodies: the pages'
 * checks, the exact cleaned CSV sent as multipart, refusals with nothing lost, one paid task under
 * a double confirm, the tracker through running, finished and refunded, downloads streamed,
 * kept and audited, and the roles.
 */
class VerificationFlowTest extends WireMockPageTest {

    static final WireMockServer mailin = WireMockMailin.server();
    static final String OPERATOR = "verifier@team.test";

    @Autowired
    VerificationCheckRepository checks;
    @Autowired
    VerificationTaskRepository tasks;
    @Autowired
    JobPoller poller;
    @Autowired
    JobLedger jobs;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @BeforeEach
    void credits() {
        stubCredits(12_500);
    }

    @Test
    void oneAddressShowsItsVerdictInPlace() throws Exception {
        mailin.stubFor(post(PUBLIC + "/verify-single-email").willReturn(aResponse().withStatus(210)
                .withBody(documented("V1-verify-single.json"))));

        String html = body(mvc.perform(MockMvcRequestBuilders.post("/verification/single").header("HX-Request", "true")
                .param("email", "test@example.com").param("type", "STANDARD").param("singleKey", key())
                .with(operator()).with(csrf())).andExpect(status().isOk()).andReturn());

        assertThat(html).contains("data-test=\"single-verdict\"", "Deliverable", ">95<", "id=\"single-key\"");
        VerificationTask task = tasks.findAll().stream().filter(t -> "test@example.com".equals(t.getEmail()))
                .reduce((a, b) -> b).orElseThrow();
        assertThat(task.getStatus()).isEqualTo(VerificationTaskStatus.FINISHED);
        assertThat(task.getCreditsUsed()).isEqualTo(1);
        assertThat(task.getUpstreamTaskId()).isEqualTo("abc12345");
    }

    @Test
    void aSingleAddressStillBeingCheckedIsFollowedWithV2() throws Exception {
        mailin.stubFor(post(PUBLIC + "/verify-single-email").willReturn(aResponse().withStatus(210).withBody("""
                {"message": "Verification started.", "task_id": "slow-1", "email": "slow@example.com",
                 "status": "verifying", "score": null, "result": null, "credit_used": 1}""")));
        mailin.stubFor(get(urlPathEqualTo(PUBLIC + "/get-single-email")).inScenario("single").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withBody(documented("V2-single-email.json").replace("abc12345", "slow-1")))
                .willSetStateTo("done"));
        mailin.stubFor(get(urlPathEqualTo(PUBLIC + "/get-single-email")).inScenario("single").whenScenarioStateIs("done")
                .willReturn(aResponse().withBody("""
                        {"task_id": "slow-1", "email": "slow@example.com", "status": "success", "result": "invalid",
                         "score": 3, "credits_used": 1}""")));

        String first = body(mvc.perform(MockMvcRequestBuilders.post("/verification/single").header("HX-Request", "true")
                .param("email", "slow@example.com").param("singleKey", key()).with(operator()).with(csrf())).andReturn());
        long id = tasks.findAll().stream().filter(t -> "slow@example.com".equals(t.getEmail())).reduce((a, b) -> b)
                .orElseThrow().getId();
        assertThat(first).contains("data-test=\"single-running\"", "hx-get=\"/verification/single/" + id + "\"");

        assertThat(body(mvc.perform(viewer("/verification/single/" + id)).andReturn())).contains("single-running");
        String done = body(mvc.perform(viewer("/verification/single/" + id)).andReturn());

        assertThat(done).contains("Invalid", ">3<").doesNotContain("hx-trigger");
        assertThat(tasks.findById(id).orElseThrow().getStatus()).isEqualTo(VerificationTaskStatus.FINISHED);
    }

    @Test
    void aRepeatedSingleSubmitIsOnePaidVerificationAndARefusalIsShownInWords() throws Exception {
        mailin.stubFor(post(PUBLIC + "/verify-single-email").willReturn(aResponse().withStatus(210).withFixedDelay(200)
                .withBody(documented("V1-verify-single.json").replace("test@example.com", "twice@example.com"))));
        String key = key();
        Callable<String> click = () -> body(mvc.perform(MockMvcRequestBuilders.post("/verification/single")
                .header("HX-Request", "true").param("email", "twice@example.com").param("singleKey", key)
                .with(operator()).with(csrf())).andReturn());
        List<Future<String>> clicks = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            clicks.add(pool.submit(click));
            clicks.add(pool.submit(click));
        }
        long id = tasks.findByOperationKey(key).orElseThrow().getId();
        for (Future<String> answer : clicks) {
            // the click that came second shows the same task, still being sent or already answered
            assertThat(answer.get()).contains("href=\"/verification/tasks/" + id + "\"");
        }
        mailin.verify(1, postRequestedFor(urlEqualTo(PUBLIC + "/verify-single-email")));
        assertThat(body(mvc.perform(viewer("/verification/single/" + id)).andReturn()))
                .contains("data-test=\"single-verdict\"", "Deliverable");

        mailin.stubFor(post(PUBLIC + "/verify-single-email").willReturn(aResponse().withStatus(422)
                .withBody("{\"message\": \"You do not have enough credits.\"}")));
        String refused = body(mvc.perform(MockMvcRequestBuilders.post("/verification/single")
                .param("email", "kept@example.com").param("singleKey", key()).with(operator()).with(csrf())).andReturn());
        assertThat(refused).contains("Refused", "Mailin: You do not have enough credits.", "value=\"kept@example.com\"");
    }

    @Test
    void aPastedListIsCheckedThenSentAsV4WithDuplicatesAndNonAddressesRemoved() throws Exception {
        mailin.stubFor(post(PUBLIC + "/verify-bulk-emails").willReturn(aResponse().withStatus(210)
                .withBody(documented("V4-list-accepted.json"))));

        String checkId = checkId(mvc.perform(MockMvcRequestBuilders.post("/verification/list")
                .param("emails", "ann@acme.io, bob@beta.io\nANN@acme.io;not an address\ncarl@gamma.io")
                .param("type", "CATCH_ALL").with(operator()).with(csrf())).andReturn());
        String page = body(mvc.perform(viewer("/verification/checks/" + checkId)).andReturn());
        assertThat(count(page, "count-rows")).isEqualTo("5");
        assertThat(count(page, "count-unique")).isEqualTo("3");
        assertThat(count(page, "count-duplicates")).isEqualTo("1");
        assertThat(count(page, "count-invalid")).isEqualTo("1");
        assertThat(page).contains("This needs 3 credits; the balance is 12,500.", "Sent as a list.");

        long taskId = confirm(checkId);

        List<LoggedRequest> sent = mailin.findAll(postRequestedFor(urlEqualTo(PUBLIC + "/verify-bulk-emails")));
        assertThat(sent).hasSize(1);
        assertThat(part(sent.getFirst(), "emails")).isEqualTo("ann@acme.io,bob@beta.io,carl@gamma.io");
        assertThat(part(sent.getFirst(), "type")).isEqualTo("catch_all");
        VerificationTask task = tasks.findById(taskId).orElseThrow();
        assertThat(task.getMethod()).isEqualTo(VerificationMethod.LIST);
        assertThat(task.getStatus()).isEqualTo(VerificationTaskStatus.RUNNING);
        assertThat(task.getUpstreamTaskId()).isEqualTo("bulk_123456");
        assertThat(task.getCreditsExpected()).isEqualTo(3);
        assertThat(task.getCreatedBy()).isEqualTo(OPERATOR);
    }

    @Test
    void fiveHundredAndOnePastedAddressesGoAsAGeneratedCsvFile() throws Exception {
        stubFileAccepted();
        String list = IntStream.rangeClosed(1, 501).mapToObj(i -> "user" + i + "@example.com")
                .collect(Collectors.joining("\n"));

        String checkId = checkId(mvc.perform(MockMvcRequestBuilders.post("/verification/list").param("emails", list)
                .with(operator()).with(csrf())).andReturn());
        assertThat(body(mvc.perform(viewer("/verification/checks/" + checkId)).andReturn()))
                .contains("More than 500 addresses: sent as a generated CSV file");
        confirm(checkId);

        LoggedRequest sent = mailin.findAll(postRequestedFor(urlEqualTo(PUBLIC + "/verify-bulk-file"))).getFirst();
        assertThat(part(sent, "file")).isEqualTo("email\r\n" + IntStream.rangeClosed(1, 501)
                .mapToObj(i -> "user" + i + "@example.com\r\n").collect(Collectors.joining()));
        assertThat(sent.getPart("file").getHeader("Content-Disposition").firstValue())
                .contains("filename=\"pasted-list-cleaned.csv\"");
        mailin.verify(0, postRequestedFor(urlEqualTo(PUBLIC + "/verify-bulk-emails")));
    }

    @Test
    void anUploadedCsvIsSentAsTheExactCleanedOneColumnCsvAndNotKept() throws Exception {
        stubFileAccepted();
        byte[] file = ("\uFEFFName;E-mail address;Company\r\nAnn;ann@acme.io;Acme\r\nBob; bob@beta.io;Beta\r\n"
                + "Ann;ANN@ACME.IO;Acme\r\nBad;ann@@acme.io;Acme\r\n").getBytes(StandardCharsets.UTF_8);

        List<Path> before = uploads();
        String checkId = upload("leads.csv", file);
        String page = body(mvc.perform(viewer("/verification/checks/" + checkId)).andReturn());
        assertThat(count(page, "count-unique")).isEqualTo("2");
        assertThat(page).contains("E-mail column: E-mail address", "ann@@acme.io");
        assertThat(uploads()).isEqualTo(before);

        confirm(checkId);

        LoggedRequest sent = mailin.findAll(postRequestedFor(urlEqualTo(PUBLIC + "/verify-bulk-file"))).getFirst();
        assertThat(sent.getHeader("Content-Type")).startsWith("multipart/form-data");
        assertThat(part(sent, "file")).isEqualTo("email\r\nann@acme.io\r\nbob@beta.io\r\n");
        assertThat(sent.getPart("file").getHeader("Content-Disposition").firstValue()).contains("filename=\"leads-cleaned.csv\"");
        assertThat(part(sent, "type")).isEqualTo("standard");
        assertThat(checks.findById(checkId).orElseThrow().getState()).isEqualTo(VerificationCheck.State.SENT);
        assertThat(Files.exists(storagePath(checks.findById(checkId).orElseThrow().getCleanedFile()))).isFalse();
    }

    @Test
    void anXlsxWithTheAddressInTheThirdColumnIsChecked() throws Exception {
        Path xlsx = VerificationCorpus.xlsx(dir.resolve("leads.xlsx"), VerificationCorpus.fortyWithThreeDuplicates());

        String checkId = upload("leads.xlsx", Files.readAllBytes(xlsx));

        String page = body(mvc.perform(viewer("/verification/checks/" + checkId)).andReturn());
        assertThat(count(page, "count-rows")).isEqualTo("40");
        assertThat(count(page, "count-unique")).isEqualTo("37");
        assertThat(count(page, "count-duplicates")).isEqualTo("3");
        assertThat(page).contains("E-mail column: Email Address");
        assertThat(body(mvc.perform(MockMvcRequestBuilders.get("/verification/checks/" + checkId).with(operator()))
                .andReturn())).contains("Verify 37 addresses");
    }

    @Test
    void aFileWithoutAnEmailColumnAsksForTheColumnThenForgetsTheOriginal() throws Exception {
        List<Path> before = uploads();
        String checkId = upload("contacts.csv", "name,reach\nAnn,ann at acme\nBob,bob@beta.io\n".getBytes(StandardCharsets.UTF_8));
        String page = body(mvc.perform(viewer("/verification/checks/" + checkId)).andReturn());
        assertThat(page).contains("data-test=\"check-needs-column\"", "ann at acme").doesNotContain("data-test=\"confirm\"");
        assertThat(uploads()).hasSize(before.size() + 1);

        mvc.perform(MockMvcRequestBuilders.post("/verification/checks/" + checkId + "/column").param("column", "1")
                .with(operator()).with(csrf())).andExpect(status().is3xxRedirection());

        String checked = body(mvc.perform(viewer("/verification/checks/" + checkId)).andReturn());
        assertThat(count(checked, "count-unique")).isEqualTo("1");
        assertThat(count(checked, "count-invalid")).isEqualTo("1");
        assertThat(uploads()).isEqualTo(before);
    }

    @Test
    void aFileOfTwentyFiveMegabytesAndOneByteIsRefusedBeforeItIsRead() throws Exception {
        byte[] big = new byte[(int) VerificationFiles.MAX_FILE_BYTES + 1];
        mailin.resetRequests();
        List<Path> before = uploads();

        String html = body(mvc.perform(multipart("/verification/file").file(new MockMultipartFile("file", "big.csv",
                "text/csv", big)).with(operator()).with(csrf())).andExpect(status().isUnprocessableContent()).andReturn());

        assertThat(html).contains("data-test=\"file-error\"", "The file has 25.0 MB; at most 25 MB can be verified.");
        mailin.verify(0, getRequestedFor(urlEqualTo(PUBLIC + "/get-credits")));
        assertThat(uploads()).isEqualTo(before);
    }

    @Test
    void aTaskThatCannotBePaidIsRefusedAtTheCheckWithBothNumbers() throws Exception {
        stubCredits(10);
        String list = IntStream.rangeClosed(1, 12).mapToObj(i -> "p" + i + "@example.com").collect(Collectors.joining(","));

        String checkId = checkId(mvc.perform(MockMvcRequestBuilders.post("/verification/list").param("emails", list)
                .with(operator()).with(csrf())).andReturn());

        String page = body(mvc.perform(viewer("/verification/checks/" + checkId)).andReturn());
        assertThat(page).contains("Not enough credits: this needs 12 credits and the balance is 10.")
                .doesNotContain("data-test=\"confirm\"");
    }

    @Test
    void mailinsRefusalIsShownInWordsAndTheCheckCanBeSentAgain() throws Exception {
        mailin.stubFor(post(PUBLIC + "/verify-bulk-file").willReturn(aResponse().withStatus(422)
                .withBody(documented("V3-not-enough-credits.json"))));
        String checkId = upload("leads.csv", "email\nann@acme.io\n".getBytes(StandardCharsets.UTF_8));
        String firstKey = checks.findById(checkId).orElseThrow().getConfirmKey();

        MvcResult refused = mvc.perform(MockMvcRequestBuilders.post("/verification/checks/" + checkId + "/confirm")
                .param("confirmKey", firstKey).with(operator()).with(csrf())).andReturn();

        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/verification/checks/" + checkId);
        assertThat(String.valueOf(refused.getFlashMap().get("flashError")))
                .contains("You need 500 credits to verify this file, but you only have 200.");
        VerificationCheck check = checks.findById(checkId).orElseThrow();
        assertThat(check.getState()).isEqualTo(VerificationCheck.State.READY);
        assertThat(check.getConfirmKey()).isNotEqualTo(firstKey);
        assertThat(Files.exists(storagePath(check.getCleanedFile()))).isTrue();
        VerificationTask task = tasks.findByOperationKey(firstKey).orElseThrow();
        assertThat(task.getStatus()).isEqualTo(VerificationTaskStatus.REJECTED);
        assertThat(task.getCreditsUsed()).isZero();
    }

    @Test
    void aDoubleConfirmStartsOnePaidTask() throws Exception {
        mailin.stubFor(post(PUBLIC + "/verify-bulk-file").willReturn(aResponse().withStatus(210).withFixedDelay(300)
                .withBody(documented("V3-file-accepted.json"))));
        String checkId = upload("double.csv", "email\nann@acme.io\nbob@beta.io\n".getBytes(StandardCharsets.UTF_8));
        String key = checks.findById(checkId).orElseThrow().getConfirmKey();
        Callable<String> click = () -> mvc.perform(MockMvcRequestBuilders.post("/verification/checks/" + checkId + "/confirm")
                .param("confirmKey", key).with(operator()).with(csrf())).andReturn().getResponse().getRedirectedUrl();

        List<Future<String>> clicks = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(3)) {
            for (int i = 0; i < 3; i++) {
                clicks.add(pool.submit(click));
            }
        }
        String later = click.call();

        mailin.verify(1, postRequestedFor(urlEqualTo(PUBLIC + "/verify-bulk-file")));
        long taskId = tasks.findByOperationKey(key).orElseThrow().getId();
        assertThat(later).isEqualTo("/verification/tasks/" + taskId);
        for (Future<String> redirect : clicks) {
            assertThat(redirect.get()).isIn("/verification/tasks/" + taskId, "/verification/checks/" + checkId);
        }
    }

    @Test
    void theTrackerFollowsABulkTaskThroughRunningToFinished() throws Exception {
        stubFileAccepted("bulk_track");
        long taskId = confirm(upload("track.csv", "email\nann@acme.io\n".getBytes(StandardCharsets.UTF_8)));
        mailin.stubFor(taskDetail("bulk_track").inScenario("v5").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withBody(documented("V5-running.json"))).willSetStateTo("finished"));
        mailin.stubFor(taskDetail("bulk_track").inScenario("v5").whenScenarioStateIs("finished")
                .willReturn(aResponse().withBody(documented("V5-standard-finished.json"))));

        Job job = pollUntil(taskId, JobStatus.RUNNING);
        assertThat(tasks.findById(taskId).orElseThrow().getStatus()).isEqualTo(VerificationTaskStatus.RUNNING);
        assertThat(job.getLastReport()).startsWith("Email verification is still in progress.");
        String running = body(mvc.perform(viewer("/verification/tasks/" + taskId)).andReturn());
        assertThat(running).contains("data-test=\"task-running\"", "hx-trigger=\"every 2s\"");

        pollUntil(taskId, JobStatus.COMPLETED);
        VerificationTask task = tasks.findById(taskId).orElseThrow();
        assertThat(task.getStatus()).isEqualTo(VerificationTaskStatus.FINISHED);
        assertThat(task.categories()).extracting(CategoryCount::count).containsExactly(420L, 30L, 25L, 20L, 5L);
        assertThat(task.categories()).extracting(CategoryCount::percent).containsExactly(84.0, 6.0, 5.0, 4.0, 1.0);
        String page = body(mvc.perform(viewer("/verification/tasks/" + taskId)).andReturn());
        assertThat(count(page, "count-deliverable")).isEqualTo("420");
        assertThat(count(page, "percent-deliverable")).isEqualTo("84.0 %");
        assertThat(page).contains("data-test=\"category-chart\"", "data-values=\"420|30|25|20|5\"",
                "/webjars/chart.js/", "chart.umd.min").doesNotContain("download-deliverable");
        String asOperator = body(mvc.perform(MockMvcRequestBuilders.get("/verification/tasks/" + taskId).with(operator()))
                .andReturn());
        assertThat(asOperator).contains("data-test=\"download-deliverable\"", "data-test=\"download-all\"");
    }

    @Test
    void aTaskRefundedByMailinKeepsItsReason() throws Exception {
        stubFileAccepted("bulk_refund");
        long taskId = confirm(upload("refund.csv", "email\nann@acme.io\n".getBytes(StandardCharsets.UTF_8)));
        mailin.stubFor(taskDetail("bulk_refund")
                .willReturn(aResponse().withBody(documented("V5-refunded.json"))));

        Job job = pollUntil(taskId, JobStatus.FAILED);

        VerificationTask task = tasks.findById(taskId).orElseThrow();
        assertThat(task.getStatus()).isEqualTo(VerificationTaskStatus.REFUNDED);
        assertThat(task.getReason()).isEqualTo("Column with email addresses not found");
        assertThat(task.getCreditsUsed()).isZero();
        assertThat(job.getLastReport()).contains("refunded", "(Column with email addresses not found)");
        assertThat(jobs.deliveries(job.getId())).isNotNull();
        assertThat(jobs.endedUnseen(OPERATOR)).extracting(Job::getId).contains(job.getId());
        assertThat(body(mvc.perform(viewer("/verification/tasks/" + taskId)).andReturn()))
                .contains("data-test=\"task-refunded\"", "Column with email addresses not found");
    }

    @Test
    void aTaskRunningPastTheLedgersLimitIsStuckAndStillFollowed() throws Exception {
        stubFileAccepted("bulk_stuck");
        long taskId = confirm(upload("stuck.csv", "email\nann@acme.io\n".getBytes(StandardCharsets.UTF_8)));
        mailin.stubFor(taskDetail("bulk_stuck").willReturn(aResponse().withBody(documented("V5-running.json"))));
        Long jobId = tasks.findById(taskId).orElseThrow().getJobId();
        jdbc.update("update job set created_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofHours(3))), jobId);

        jobs.flagStuck();
        assertThat(jobs.find(jobId).orElseThrow().getStatus()).isEqualTo(JobStatus.STUCK);
        for (int i = 0; i < 10 && jobs.find(jobId).orElseThrow().getPollCount() == 0; i++) {
            poller.pollDueJobs();
        }

        assertThat(jobs.find(jobId).orElseThrow().getStatus()).isEqualTo(JobStatus.STUCK);
        assertThat(tasks.findById(taskId).orElseThrow().getStatus()).isEqualTo(VerificationTaskStatus.STUCK);
        mailin.stubFor(taskDetail("bulk_stuck").willReturn(aResponse().withBody(documented("V5-standard-finished.json"))));
        jdbc.update("update job set next_poll_at = ? where id = ?", java.sql.Timestamp.from(java.time.Instant.now()), jobId);
        pollUntil(taskId, JobStatus.COMPLETED);
        assertThat(tasks.findById(taskId).orElseThrow().getStatus()).isEqualTo(VerificationTaskStatus.FINISHED);
    }

    @Test
    void aLostAnswerLeavesTheTaskInAKnownStateAndIsNeverResent() throws Exception {
        mailin.stubFor(post(PUBLIC + "/verify-bulk-file").willReturn(aResponse().withStatus(210).withFixedDelay(2500)
                .withBody(documented("V3-file-accepted.json"))));
        String checkId = upload("lost.csv", "email\nann@acme.io\n".getBytes(StandardCharsets.UTF_8));

        long taskId = confirm(checkId);

        VerificationTask task = tasks.findById(taskId).orElseThrow();
        assertThat(task.getStatus()).isEqualTo(VerificationTaskStatus.OUTCOME_UNKNOWN);
        assertThat(task.getCreditsUsed()).isNull();
        Job job = jobs.find(task.getJobId()).orElseThrow();
        assertThat(job.getStatus()).isEqualTo(JobStatus.OUTCOME_UNKNOWN);
        for (int i = 0; i < 10 && jobs.find(job.getId()).orElseThrow().getPollCount() == 0; i++) {
            poller.pollDueJobs();
        }
        assertThat(jobs.find(job.getId()).orElseThrow().getStatus()).isEqualTo(JobStatus.OUTCOME_UNKNOWN);
        mailin.verify(1, postRequestedFor(urlEqualTo(PUBLIC + "/verify-bulk-file")));
        assertThat(body(mvc.perform(viewer("/verification/tasks/" + taskId)).andReturn()))
                .contains("Outcome unknown", "It is not sent again automatically");
    }

    @Test
    void downloadsAreStreamedThroughTheDashboardKeptAndAudited() throws Exception {
        stubFileAccepted("bulk_123456");
        long taskId = confirm(upload("dl.csv", "email\nann@acme.io\n".getBytes(StandardCharsets.UTF_8)));
        mailin.stubFor(taskDetail("bulk_123456")
                .willReturn(aResponse().withBody(documented("V5-standard-finished.json"))));
        pollUntil(taskId, JobStatus.COMPLETED);
        mailin.stubFor(post(PUBLIC + "/download-verified-emails").willReturn(aResponse().withStatus(200)
                .withBody("{\"download_url\": \"" + mailin.baseUrl() + "/storage/tmp/result-bulk_123456-1.csv\"}")));
        String results = "email,result\r\nann@acme.io,deliverable\r\n".repeat(1000);
        mailin.stubFor(get("/storage/tmp/result-bulk_123456-1.csv").willReturn(aResponse().withBody(results)));

        MvcResult first = mvc.perform(MockMvcRequestBuilders.get("/verification/tasks/" + taskId + "/download/deliverable")
                .with(operator())).andExpect(status().isOk()).andReturn();
        MvcResult second = mvc.perform(MockMvcRequestBuilders.get("/verification/tasks/" + taskId + "/download/deliverable")
                .with(operator())).andExpect(status().isOk()).andReturn();

        assertThat(first.getResponse().getContentAsString()).isEqualTo(results);
        assertThat(second.getResponse().getContentAsString()).isEqualTo(results);
        assertThat(first.getResponse().getHeader("Content-Disposition"))
                .contains("attachment", "verification-" + taskId + "-deliverable.csv");
        assertThat(first.getResponse().getContentAsString()).doesNotContain("storage/tmp");
        mailin.verify(1, postRequestedFor(urlEqualTo(PUBLIC + "/download-verified-emails")));
        mailin.verify(1, getRequestedFor(urlEqualTo("/storage/tmp/result-bulk_123456-1.csv")));
        List<Map<String, Object>> audited = jdbc.queryForList(
                "select actor_email, summary from audit_event where action = 'verification.download' and target_id = ?"
                        + " order by id", String.valueOf(taskId));
        assertThat(audited).hasSize(2);
        assertThat(audited.getFirst().get("actor_email")).isEqualTo(OPERATOR);
        assertThat((String) audited.getFirst().get("summary")).contains("category=deliverable", "from=mailin");
        assertThat((String) audited.get(1).get("summary")).contains("from=kept-copy");
    }

    @Test
    void viewersReadButCannotStartOrDownload() throws Exception {
        stubFileAccepted();
        long taskId = confirm(upload("roles.csv", "email\nann@acme.io\n".getBytes(StandardCharsets.UTF_8)));

        mvc.perform(viewer("/verification/tasks")).andExpect(status().isOk());
        mvc.perform(viewer("/verification/tasks/" + taskId)).andExpect(status().isOk());
        mvc.perform(viewer("/verification/tasks/" + taskId + "/download/all")).andExpect(status().isForbidden());
        mvc.perform(multipart("/verification/file").file(new MockMultipartFile("file", "x.csv", "text/csv",
                "email\na@b.io\n".getBytes(StandardCharsets.UTF_8))).with(user("viewer@team.test").roles("VIEWER"))
                .with(csrf())).andExpect(status().isForbidden());
        assertThat(body(mvc.perform(viewer("/verification")).andReturn())).contains("data-test=\"viewer-note\"")
                .doesNotContain("data-test=\"file-form\"");
    }

    @Test
    void theTaskListFiltersByStatusAndTeammateNewestFirst() throws Exception {
        String ann = "ann-" + key().substring(0, 8) + "@team.test";
        String bob = "bob-" + key().substring(0, 8) + "@team.test";
        java.time.Instant now = java.time.Instant.now();
        VerificationTask annRunning = saved(ann, now.minusSeconds(60), VerificationTaskStatus.RUNNING);
        VerificationTask annRefused = saved(ann, now.minusSeconds(30), VerificationTaskStatus.REJECTED);
        VerificationTask bobRunning = saved(bob, now, VerificationTaskStatus.RUNNING);

        String byAnn = body(mvc.perform(viewer("/verification/tasks").param("teammate", ann)).andReturn());
        assertThat(byAnn).contains("task-row-" + annRunning.getId(), "task-row-" + annRefused.getId())
                .doesNotContain("task-row-" + bobRunning.getId());
        assertThat(byAnn.indexOf("task-row-" + annRefused.getId())).isLessThan(byAnn.indexOf("task-row-" + annRunning.getId()));
        String annRefusedOnly = body(mvc.perform(viewer("/verification/tasks").param("teammate", ann)
                .param("status", "REJECTED")).andReturn());
        assertThat(annRefusedOnly).contains("task-row-" + annRefused.getId()).doesNotContain("task-row-" + annRunning.getId());
        assertThat(body(mvc.perform(viewer("/verification/tasks").param("status", "nonsense").param("page", "x"))
                .andReturn())).contains("task-row-" + bobRunning.getId());
    }

    @Test
    void theJobPageLeadsToItsTaskAndKeptResultsExpire() throws Exception {
        stubFileAccepted("bulk_expiry");
        long taskId = confirm(upload("expiry.csv", "email\nann@acme.io\n".getBytes(StandardCharsets.UTF_8)));
        VerificationTask task = tasks.findById(taskId).orElseThrow();
        mvc.perform(viewer("/verification/operations/" + task.getOperationId()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .redirectedUrl("/verification/tasks/" + taskId));

        String relative = storage.newFile("results", ".csv");
        Files.writeString(storagePath(relative), "email\r\n");
        java.time.Instant past = java.time.Instant.now().minusSeconds(60);
        VerificationResultFile kept = resultFiles.save(new VerificationResultFile(taskId, VerificationCategory.ALL,
                relative, 7, past.minusSeconds(3600), past));

        downloads.purgeExpired();

        assertThat(resultFiles.findById(kept.getId())).isEmpty();
        assertThat(Files.exists(storagePath(relative))).isFalse();
    }

    @Autowired
    VerificationResultFileRepository resultFiles;
    @Autowired
    VerificationDownloads downloads;

    private VerificationTask saved(String who, java.time.Instant at, VerificationTaskStatus status) {
        VerificationTask task = new VerificationTask(key(), VerificationMethod.LIST,
                com.mailindashboard.gateway.VerificationType.STANDARD, "pasted list", null, who, 2, at);
        if (status == VerificationTaskStatus.RUNNING) {
            task.accepted(null, null, "bulk_x", "started", at);
        } else {
            task.notAccepted(status, null, null, "refused", at);
        }
        return tasks.save(task);
    }

    private Job pollUntil(long taskId, JobStatus wanted) {
        for (int i = 0; i < 10; i++) {
            poller.pollDueJobs();
            Long jobId = tasks.findById(taskId).orElseThrow().getJobId();
            Job job = jobs.find(jobId).orElseThrow();
            if (job.getStatus() == wanted) {
                return job;
            }
        }
        throw new AssertionError("The job of task " + taskId + " never became " + wanted);
    }

    private String upload(String name, byte[] content) throws Exception {
        return checkId(mvc.perform(multipart("/verification/file").file(new MockMultipartFile("file", name,
                "application/octet-stream", content)).param("type", "STANDARD").with(operator()).with(csrf())).andReturn());
    }

    private long confirm(String checkId) throws Exception {
        String key = checks.findById(checkId).orElseThrow().getConfirmKey();
        String redirect = mvc.perform(MockMvcRequestBuilders.post("/verification/checks/" + checkId + "/confirm")
                .param("confirmKey", key).with(operator()).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        assertThat(redirect).startsWith("/verification/tasks/");
        return Long.parseLong(redirect.substring("/verification/tasks/".length()));
    }

    private static String checkId(MvcResult result) {
        String redirect = result.getResponse().getRedirectedUrl();
        assertThat(redirect).as("redirect to the check").startsWith("/verification/checks/");
        return redirect.substring("/verification/checks/".length());
    }

    private void stubCredits(long credits) {
        mailin.stubFor(get(PUBLIC + "/get-credits").willReturn(aResponse().withBody("{\"total_credits\": " + credits + "}")));
    }

    private void stubFileAccepted() {
        stubFileAccepted("bulk_123456");
    }

    private void stubFileAccepted(String taskId) {
        mailin.stubFor(post(PUBLIC + "/verify-bulk-file").willReturn(aResponse().withStatus(210)
                .withBody(documented("V3-file-accepted.json").replace("bulk_123456", taskId))));
    }

    private static com.github.tomakehurst.wiremock.client.MappingBuilder taskDetail(String taskId) {
        return get(urlPathEqualTo(PUBLIC + "/get-task-detail"))
                .withQueryParam("task_id", com.github.tomakehurst.wiremock.client.WireMock.equalTo(taskId));
    }

    private static String part(LoggedRequest request, String name) {
        return request.getPart(name).getBody().asString();
    }

    private static String count(String html, String dataTest) {
        int at = html.indexOf("data-test=\"" + dataTest + "\"");
        assertThat(at).as(dataTest).isPositive();
        int start = html.indexOf('>', at) + 1;
        return html.substring(start, html.indexOf('<', start)).strip();
    }

    private List<Path> uploads() throws Exception {
        Path folder = storagePath("uploads");
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Autowired
    VerificationStorage storage;

    private Path storagePath(String relative) {
        return storage.path(relative);
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static MockHttpServletRequestBuilder viewer(String path) {
        return MockMvcRequestBuilders.get(path).with(user("viewer@team.test").roles("VIEWER"));
    }

    private static RequestPostProcessor operator() {
        return user(OPERATOR).roles("OPERATOR");
    }

    private static String key() {
        return java.util.UUID.randomUUID().toString();
    }
}
