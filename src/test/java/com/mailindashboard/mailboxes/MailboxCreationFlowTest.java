package com.mailindashboard.mailboxes;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static com.mailindashboard.mailboxes.MailboxCreationTestSupport.domains;
import static com.mailindashboard.mailboxes.MailboxCreationTestSupport.dryRunId;
import static com.mailindashboard.mailboxes.MailboxCreationTestSupport.mailbox;
import static com.mailindashboard.mailboxes.MailboxCreationTestSupport.noMailboxes;
import static com.mailindashboard.mailboxes.MailboxCreationTestSupport.operator;
import static com.mailindashboard.mailboxes.MailboxCreationTestSupport.page;
import static com.mailindashboard.mailboxes.MailboxCreationTestSupport.rows;
import static com.mailindashboard.mailboxes.MailboxCreationTestSupport.upload;
import static com.mailindashboard.support.WireMockMailin.PUBLIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.mailindashboard.jobs.Job;
import com.mailindashboard.jobs.JobLedger;
import com.mailindashboard.jobs.JobPoller;
import com.mailindashboard.jobs.JobStatus;
import com.mailindashboard.jobs.Operation;
import com.mailindashboard.jobs.OperationLedger;
import com.mailindashboard.support.IntegrationTest;
import com.mailindashboard.support.WireMockMailin;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Confirm to completion against WireMock: chunks of 2 (so a handful of rows makes several
 * requests), one operation key per chunk under double submit, jobs completed by M4 polls, refused
 * and failed chunks offered back as CSV, and a lost answer reconciled from the mailbox list.
 */
@IntegrationTest
@AutoConfigureMockMvc
class MailboxCreationFlowTest {

    static final WireMockServer mailin = WireMockMailin.server();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        WireMockMailin.register(registry);
        registry.add("dashboard.mailboxes.chunk-size", () -> "2");
    }

    @Autowired
    com.mailindashboard.jobs.JobTextRenderer jobText;
    @Autowired
    MockMvc mvc;
    @Autowired
    MailboxCreationReports reports;
    @Autowired
    MailboxCreationSubmitter submitter;
    @Autowired
    OperationLedger operations;
    @Autowired
    JobLedger jobs;
    @Autowired
    JobPoller poller;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void resetMailin() {
        WireMockMailin.reset();
    }

    @Test
    void aDoubleConfirmSendsEachChunkOnceUnderItsOwnOperationKey() throws Exception {
        domains(mailin, "flow-a.com", "1");
        noMailboxes(mailin);
        for (int i = 1; i <= 3; i++) {
            mailin.stubFor(WireMock.post(PUBLIC + "/mailboxes").inScenario("chunks")
                    .whenScenarioStateIs(i == 1 ? STARTED : "chunk-" + i)
                    .willReturn(aResponse().withStatus(210).withFixedDelay(200)
                            .withBody("{\"message\": \"Your request has been received.\", \"uuid\": \"job-a" + i + "\"}"))
                    .willSetStateTo("chunk-" + (i + 1)));
        }
        String id = dryRun(rows("flow-a.com", 5));
        String key = reports.find(id).orElseThrow().confirmKey();

        List<Future<MvcResult>> clicks = new ArrayList<>();
        try (ExecutorService browser = Executors.newFixedThreadPool(2)) {
            Callable<MvcResult> confirm = () -> mvc.perform(post("/mailboxes/new/" + id + "/confirm")
                    .param("confirmKey", key).with(operator()).with(csrf())).andReturn();
            clicks.add(browser.submit(confirm));
            clicks.add(browser.submit(confirm));
        }
        for (Future<MvcResult> click : clicks) {
            assertThat(click.get().getResponse().getRedirectedUrl()).isEqualTo("/mailboxes/new/" + id + "/progress");
        }
        awaitSubmitted(id);

        List<LoggedRequest> sent = mailin.findAll(postRequestedFor(urlEqualTo(PUBLIC + "/mailboxes")));
        assertThat(sent).hasSize(3);
        assertThat(sent.get(0).getBodyAsString()).contains("user1@flow-a.com", "user2@flow-a.com", "Secret-1001");
        assertThat(sent.get(1).getBodyAsString()).contains("user3@flow-a.com", "user4@flow-a.com");
        assertThat(sent.get(2).getBodyAsString()).contains("user5@flow-a.com").doesNotContain("user4@flow-a.com");
        List<Long> operationIds = new ArrayList<>();
        for (int index = 0; index < 3; index++) {
            Operation operation = operations.findByKey("mailboxes:" + key + ":" + index).orElseThrow();
            operationIds.add(operation.getId());
            assertThat(jobs.find(operation.getJobId()).orElseThrow().getUpstreamRef()).isEqualTo("job-a" + (index + 1));
        }
        assertThat(reports.progress(reports.find(id).orElseThrow()).chunks())
                .extracting(c -> c.chunk().state()).containsExactly(MailboxCreationChunk.State.ACCEPTED,
                        MailboxCreationChunk.State.ACCEPTED, MailboxCreationChunk.State.ACCEPTED);

        // sending the chunks again (a restart, a second instance) reuses each stored operation
        jdbc.update("update mailbox_creation_chunk set state = 'QUEUED' where dry_run_id = ?", id);
        jdbc.update("update mailbox_dry_run set state = 'SUBMITTING' where id = ?", id);
        submitter.submitQueued(id);
        // and a confirm posted once more only shows the progress
        mvc.perform(post("/mailboxes/new/" + id + "/confirm").param("confirmKey", key).with(operator()).with(csrf()))
                .andExpect(redirectedUrl("/mailboxes/new/" + id + "/progress"));
        awaitSubmitted(id);

        mailin.verify(3, postRequestedFor(urlEqualTo(PUBLIC + "/mailboxes")));
        assertThat(reports.progress(reports.find(id).orElseThrow()).chunks())
                .extracting(c -> c.chunk().operationId()).containsExactlyElementsOf(operationIds);
    }

    @Test
    void theProgressPageNeverGoesOnSendingTheSchedulerDoes() throws Exception {
        domains(mailin, "flow-g.com", "1");
        noMailboxes(mailin);
        mailin.stubFor(WireMock.post(PUBLIC + "/mailboxes").willReturn(aResponse().withStatus(210)
                .withBody("{\"message\": \"Your request has been received.\", \"uuid\": \"job-g1\"}")));
        String id = dryRun(rows("flow-g.com", 2));
        confirm(id);
        awaitSubmitted(id);
        mailin.verify(1, postRequestedFor(urlEqualTo(PUBLIC + "/mailboxes")));

        // a submission left unfinished (its sending thread stopped): the page shows it and starts nothing
        jdbc.update("update mailbox_creation_chunk set state = 'QUEUED' where dry_run_id = ?", id);
        jdbc.update("update mailbox_dry_run set state = 'SUBMITTING' where id = ?", id);
        mvc.perform(get("/mailboxes/new/" + id + "/progress").with(operator())).andExpect(status().isOk());
        assertThat(submitter.sending(id)).isFalse();
        assertThat(reports.find(id).orElseThrow().state()).isEqualTo(MailboxDryRunState.SUBMITTING);

        // the scheduler's pass goes on with it; the chunk already sent reuses its stored operation
        submitter.resumeIdle();
        awaitSubmitted(id);
        mailin.verify(1, postRequestedFor(urlEqualTo(PUBLIC + "/mailboxes")));
        assertThat(reports.progress(reports.find(id).orElseThrow()).chunks())
                .extracting(c -> c.chunk().state()).containsExactly(MailboxCreationChunk.State.ACCEPTED);
    }

    @Test
    void jobsCompleteByPollsAndRefusedOrFailedRowsComeBackAsCsv() throws Exception {
        domains(mailin, "flow-b.com", "1");
        noMailboxes(mailin);
        mailin.stubFor(WireMock.post(PUBLIC + "/mailboxes").withRequestBody(containing("user1@flow-b.com"))
                .willReturn(aResponse().withStatus(210).withBody("{\"message\": \"ok\", \"uuid\": \"job-b0\"}")));
        mailin.stubFor(WireMock.post(PUBLIC + "/mailboxes").withRequestBody(containing("user3@flow-b.com"))
                .willReturn(aResponse().withStatus(422).withBody("{\"message\": \"The given data was invalid.\"}")));
        mailin.stubFor(WireMock.post(PUBLIC + "/mailboxes").withRequestBody(containing("user5@flow-b.com"))
                .willReturn(aResponse().withStatus(210).withBody("{\"message\": \"ok\", \"uuid\": \"job-b2\"}")));
        String firstStatus = PUBLIC + "/mailboxes/status/job-b0";
        mailin.stubFor(WireMock.get(firstStatus).inScenario("b0").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(200).withBody("{\"id\": \"job-b0\", \"status\": \"pending\","
                        + " \"report\": \"BatchAddMailboxes pending\", \"data\": [" + mailbox(11, "user1@flow-b.com") + "]}"))
                .willSetStateTo("done"));
        mailin.stubFor(WireMock.get(firstStatus).inScenario("b0").whenScenarioStateIs("done")
                .willReturn(aResponse().withStatus(200).withBody("{\"id\": \"job-b0\", \"status\": \"completed\","
                        + " \"report\": \"Mailboxes created\", \"data\": [" + mailbox(11, "user1@flow-b.com") + ", "
                        + mailbox(12, "USER2@flow-b.com") + "]}")));
        mailin.stubFor(WireMock.get(PUBLIC + "/mailboxes/status/job-b2").willReturn(aResponse().withStatus(200)
                .withBody("{\"id\": \"job-b2\", \"status\": \"failed\", \"report\": \"Domain quota exceeded\"}")));

        String id = dryRun(rows("flow-b.com", 6));
        confirm(id);
        awaitSubmitted(id);

        String live = mvc.perform(get("/mailboxes/new/" + id + "/progress").header("HX-Request", "true").with(operator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(live).contains("hx-trigger=\"every 2s\"").contains("3 of 3 requests sent: 2 accepted, 1 refused")
                .doesNotContain("<nav class=\"navbar");

        MailboxCreationProgress progress = pollUntilFinished(id);
        assertThat(progress.chunks()).extracting(MailboxCreationProgress.ChunkProgress::jobStatus)
                .containsExactly(JobStatus.COMPLETED, null, JobStatus.FAILED);
        mailin.verify(2, getRequestedFor(urlEqualTo(firstStatus)));
        Job completed = jobs.find(progress.chunks().get(0).chunk().jobId()).orElseThrow();
        assertThat(completed.getResults()).containsExactly("11", "12");
        assertThat(progress.created()).isEqualTo(2);
        assertThat(progress.failed()).isEqualTo(4);
        assertThat(reports.created(id, 1).rows()).extracting(MailboxDryRunRow::address, MailboxDryRunRow::mailboxId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("user1@flow-b.com", 11L),
                        org.assertj.core.groups.Tuple.tuple("user2@flow-b.com", 12L));

        String end = mvc.perform(get("/mailboxes/new/" + id + "/progress").with(operator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(end).doesNotContain("hx-trigger").contains("Created mailboxes (2)")
                .contains("href=\"/mailboxes/11\"").contains("Download the 4 failed rows (CSV)");

        String failed = mvc.perform(get("/mailboxes/new/" + id + "/failed.csv").with(operator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(failed.split("\r\n")).containsExactly(
                "username,name,password,line,reason",
                "user3@flow-b.com,User 3,Secret-1003,4,Mailin: The given data was invalid.",
                "user4@flow-b.com,User 4,Secret-1004,5,Mailin: The given data was invalid.",
                "user5@flow-b.com,User 5,Secret-1005,6,Mailin's job failed: Domain quota exceeded",
                "user6@flow-b.com,User 6,Secret-1006,7,Mailin's job failed: Domain quota exceeded");
    }

    @Test
    void aLostAnswerIsNeverResentAndIsReconciledFromTheMailboxList() throws Exception {
        domains(mailin, "flow-c.com", "1");
        noMailboxes(mailin);
        mailin.stubFor(WireMock.post(PUBLIC + "/mailboxes").withRequestBody(containing("@flow-c.com"))
                .willReturn(aResponse().withStatus(210).withFixedDelay(3000).withBody("{\"uuid\": \"too-late\"}")));
        String id = dryRun(rows("flow-c.com", 2));
        String list = PUBLIC + "/mailboxes";
        mailin.stubFor(WireMock.get(urlPathEqualTo(list)).withQueryParam("name", equalTo("@flow-c.com"))
                .inScenario("reconcile").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(200).withBody(page(List.of(), 1, 1))).willSetStateTo("created"));
        mailin.stubFor(WireMock.get(urlPathEqualTo(list)).withQueryParam("name", equalTo("@flow-c.com"))
                .inScenario("reconcile").whenScenarioStateIs("created")
                .willReturn(aResponse().withStatus(200).withBody(page(List.of(mailbox(31, "user1@flow-c.com"),
                        mailbox(32, "user2@flow-c.com")), 1, 1))));

        confirm(id);
        awaitSubmitted(id);

        MailboxCreationProgress.ChunkProgress chunk = reports.progress(reports.find(id).orElseThrow()).chunks().getFirst();
        assertThat(chunk.chunk().state()).isEqualTo(MailboxCreationChunk.State.OUTCOME_UNKNOWN);
        long jobId = chunk.chunk().jobId();
        assertThat(jobs.find(jobId).orElseThrow().getStatus()).isEqualTo(JobStatus.OUTCOME_UNKNOWN);

        pollUntilPolled(jobId, 1);
        Job first = jobs.find(jobId).orElseThrow();
        assertThat(first.getStatus()).isEqualTo(JobStatus.OUTCOME_UNKNOWN);
        assertThat(jobText.render(first.getLastReport())).contains("Found 0 of 2").contains("not repeated");
        pollUntilPolled(jobId, 2);
        assertThat(jobs.find(jobId).orElseThrow().getStatus()).isEqualTo(JobStatus.COMPLETED);
        assertThat(reports.created(id, 1).rows()).extracting(MailboxDryRunRow::mailboxId).containsExactly(31L, 32L);
        mailin.verify(1, postRequestedFor(urlEqualTo(PUBLIC + "/mailboxes")));
    }

    @Test
    void mailinsPerFieldErrorsGoToTheirRowsAndTheValidRowsCanBeSentAgainUnderANewKey() throws Exception {
        domains(mailin, "flow-d.com", "1");
        noMailboxes(mailin);
        mailin.stubFor(WireMock.post(PUBLIC + "/mailboxes").withRequestBody(containing("user2@flow-d.com"))
                .willReturn(aResponse().withStatus(422).withBody("{\"message\": \"The given data was invalid.\","
                        + " \"errors\": {\"mailboxes.1.username\": [\"The mailboxes.1.username has already been taken.\"],"
                        + " \"mailboxes.1.password\": [\"The mailboxes.1.password format is invalid.\"]}}")));
        mailin.stubFor(WireMock.post(PUBLIC + "/mailboxes").withRequestBody(containing("user3@flow-d.com"))
                .willReturn(aResponse().withStatus(210).withBody("{\"message\": \"ok\", \"uuid\": \"job-d1\"}")));
        mailin.stubFor(WireMock.post(PUBLIC + "/mailboxes").withRequestBody(containing("user1@flow-d.com"))
                .withRequestBody(WireMock.notContaining("user2@flow-d.com"))
                .willReturn(aResponse().withStatus(210).withBody("{\"message\": \"ok\", \"uuid\": \"job-d2\"}")));
        mailin.stubFor(WireMock.get(PUBLIC + "/mailboxes/status/job-d1").willReturn(aResponse().withStatus(200)
                .withBody("{\"id\": \"job-d1\", \"status\": \"completed\", \"data\": [" + mailbox(41, "user3@flow-d.com")
                        + ", " + mailbox(42, "user4@flow-d.com") + "]}")));
        mailin.stubFor(WireMock.get(PUBLIC + "/mailboxes/status/job-d2").willReturn(aResponse().withStatus(200)
                .withBody("{\"id\": \"job-d2\", \"status\": \"completed\", \"data\": [" + mailbox(43, "user1@flow-d.com")
                        + "]}")));

        String id = dryRun(rows("flow-d.com", 4));
        String key = reports.find(id).orElseThrow().confirmKey();
        confirm(id);
        awaitSubmitted(id);
        MailboxCreationProgress progress = pollUntilFinished(id);
        assertThat(progress.failed()).isEqualTo(2);
        assertThat(progress.resendable()).isEqualTo(1);

        String end = mvc.perform(get("/mailboxes/new/" + id + "/progress").with(operator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(end).contains("data-test=\"failed-row-3\"")
                .contains("Mailin: The username has already been taken. The password format is invalid.")
                .contains("Mailin refused the request because of errors in other rows")
                .contains("Send the valid row again");
        String failed = mvc.perform(get("/mailboxes/new/" + id + "/failed.csv").with(operator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(failed.split("\r\n")).containsExactly(
                "username,name,password,line,reason",
                "user1@flow-d.com,User 1,Secret-1001,2,Not created: Mailin refused the request because of errors in other"
                        + " rows. This row can be sent again.",
                "user2@flow-d.com,User 2,Secret-1002,3,Mailin: The username has already been taken. The password format"
                        + " is invalid.");

        // two clicks on "send again": one new request, under a new key, with only the valid row
        for (int click = 0; click < 2; click++) {
            mvc.perform(post("/mailboxes/new/" + id + "/resend").with(operator()).with(csrf()))
                    .andExpect(redirectedUrl("/mailboxes/new/" + id + "/progress"));
            awaitSubmitted(id);
        }
        List<LoggedRequest> resent = mailin.findAll(postRequestedFor(urlEqualTo(PUBLIC + "/mailboxes"))
                .withRequestBody(WireMock.notContaining("user2@flow-d.com")).withRequestBody(containing("user1@flow-d.com")));
        assertThat(resent).hasSize(1);
        assertThat(resent.getFirst().getBodyAsString()).doesNotContain("user3@flow-d.com");
        assertThat(operations.findByKey("mailboxes:" + key + ":2")).isPresent();
        progress = pollUntilFinished(id);
        assertThat(progress.created()).isEqualTo(3);
        assertThat(progress.failed()).isEqualTo(1);
        assertThat(progress.resendable()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'mailboxes.create.resend'"
                + " and target_id = ?", Integer.class, id)).isEqualTo(1);
    }

    @Test
    void rowsARequestNeverCreatedAreSettledAfterTheConfiguredTimeAndCanBeSentAgain() throws Exception {
        domains(mailin, "flow-e.com", "1");
        noMailboxes(mailin);
        mailin.stubFor(WireMock.post(PUBLIC + "/mailboxes").withRequestBody(containing("@flow-e.com"))
                .willReturn(aResponse().withStatus(210).withFixedDelay(3000).withBody("{\"uuid\": \"too-late\"}")));
        String id = dryRun(rows("flow-e.com", 2));
        String key = reports.find(id).orElseThrow().confirmKey();
        confirm(id);
        awaitSubmitted(id);
        long jobId = reports.progress(reports.find(id).orElseThrow()).chunks().getFirst().chunk().jobId();

        pollUntilPolled(jobId, 1);
        assertThat(jobs.find(jobId).orElseThrow().getStatus()).isEqualTo(JobStatus.OUTCOME_UNKNOWN);
        assertThat(reports.progress(reports.find(id).orElseThrow()).offerResend()).isFalse();

        // an hour later (the default unknown-settle-after) the two mailboxes are still not in the account
        jdbc.update("update job set created_at = ? where id = ?",
                java.time.OffsetDateTime.now().minusMinutes(61), jobId);
        pollUntilPolled(jobId, 2);
        Job settled = jobs.find(jobId).orElseThrow();
        assertThat(settled.getStatus()).isEqualTo(JobStatus.FAILED);
        assertThat(jobText.render(settled.getLastReport())).contains("not there 60 minutes after the request");
        MailboxCreationProgress progress = reports.progress(reports.find(id).orElseThrow());
        assertThat(progress.chunks().getFirst().chunk().state()).isEqualTo(MailboxCreationChunk.State.NOT_CREATED);
        assertThat(progress.failed()).isEqualTo(2);
        assertThat(progress.open()).isZero();
        String end = mvc.perform(get("/mailboxes/new/" + id + "/progress").with(operator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(end).contains("Send the 2 valid rows again").contains("still not in the account 60 minutes later")
                .doesNotContain("data-test=\"progress-unknown\"");

        mailin.stubFor(WireMock.post(PUBLIC + "/mailboxes").withRequestBody(containing("@flow-e.com"))
                .willReturn(aResponse().withStatus(210).withBody("{\"message\": \"ok\", \"uuid\": \"job-e2\"}")));
        mvc.perform(post("/mailboxes/new/" + id + "/resend").with(operator()).with(csrf()))
                .andExpect(redirectedUrl("/mailboxes/new/" + id + "/progress"));
        awaitSubmitted(id);

        mailin.verify(2, postRequestedFor(urlEqualTo(PUBLIC + "/mailboxes")));
        assertThat(operations.findByKey("mailboxes:" + key + ":1").orElseThrow().getState().name()).isEqualTo("ACCEPTED");
        assertThat(reports.progress(reports.find(id).orElseThrow()).chunks()).extracting(c -> c.chunk().state())
                .containsExactly(MailboxCreationChunk.State.NOT_CREATED, MailboxCreationChunk.State.ACCEPTED);
    }

    private String dryRun(String csv) throws Exception {
        MvcResult result = mvc.perform(upload("SMTP", csv)).andExpect(status().is3xxRedirection()).andReturn();
        return dryRunId(result.getResponse().getRedirectedUrl());
    }

    private void confirm(String id) throws Exception {
        String key = reports.find(id).orElseThrow().confirmKey();
        mvc.perform(post("/mailboxes/new/" + id + "/confirm").param("confirmKey", key).with(operator()).with(csrf()))
                .andExpect(redirectedUrl("/mailboxes/new/" + id + "/progress"));
    }

    private void awaitSubmitted(String id) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() ->
                reports.find(id).orElseThrow().state() == MailboxDryRunState.SUBMITTED && !submitter.sending(id));
    }

    /** Runs poll cycles until nothing of the dry run is active (other tests' jobs may be due too). */
    private MailboxCreationProgress pollUntilFinished(String id) {
        MailboxCreationProgress progress = reports.progress(reports.find(id).orElseThrow());
        for (int cycle = 0; cycle < 20 && progress.active(); cycle++) {
            poller.pollDueJobs();
            progress = reports.progress(reports.find(id).orElseThrow());
        }
        assertThat(progress.active()).isFalse();
        return progress;
    }

    private void pollUntilPolled(long jobId, int polls) {
        for (int cycle = 0; cycle < 20 && jobs.find(jobId).orElseThrow().getPollCount() < polls; cycle++) {
            poller.pollDueJobs();
        }
        assertThat(jobs.find(jobId).orElseThrow().getPollCount()).isEqualTo(polls);
    }
}
