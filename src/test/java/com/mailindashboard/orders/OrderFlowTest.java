package com.mailindashboard.orders;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static com.mailindashboard.support.WireMockMailin.PUBLIC;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.mailindashboard.gateway.AzureOrderClient;
import com.mailindashboard.gateway.AzureOrderNewMailbox;
import com.mailindashboard.jobs.Job;
import com.mailindashboard.jobs.JobLedger;
import com.mailindashboard.jobs.JobPoller;
import com.mailindashboard.jobs.JobStatus;
import com.mailindashboard.jobs.JobTextRenderer;
import com.mailindashboard.jobs.OperationLedger;
import com.mailindashboard.jobs.OperationOutcome;
import com.mailindashboard.jobs.OperationState;
import com.mailindashboard.support.IntegrationTest;
import com.mailindashboard.support.WireMockMailin;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Money safety and tracking of Microsoft orders against WireMock, on the real application and
 * PostgreSQL: one Z1 per confirm key, the order found by domain (Z1 gives no id), a lost answer
 * reconciled without a second Z1, the tracker through its stages, and a restart mid-order.
 */
@IntegrationTest
class OrderFlowTest {

    static final WireMockServer mailin = WireMockMailin.server();
    static final String ADD = PUBLIC + "/azure-orders/add";
    static final String LIST = PUBLIC + "/azure-orders";

    @DynamicPropertySource
    static void mailin(DynamicPropertyRegistry registry) {
        WireMockMailin.register(registry);
    }

    @Autowired
    OrderPlacement placement;
    @Autowired
    JobLedger jobs;
    @Autowired
    JobPoller poller;
    @Autowired
    PlacedOrderRepository placed;
    @Autowired
    JobTextRenderer jobText;
    @Autowired
    AzureOrderClient azure;
    @Autowired
    OrderFinder finder;
    @Autowired
    OperationLedger operations;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Clock clock;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeEach
    void resetMailin() {
        WireMockMailin.reset();
        // jobs left active by earlier tests would read the same stubbed lists (and move their scenarios)
        jdbc.update("update job set status = 'FAILED', next_poll_at = null"
                + " where status in ('PENDING', 'RUNNING', 'OUTCOME_UNKNOWN', 'STUCK')");
    }

    static OrderDraft manual(String domain) {
        List<AzureOrderNewMailbox> mailboxes = IntStream.rangeClosed(1, 100)
                .mapToObj(i -> new AzureOrderNewMailbox("User " + i, "user" + i + "@" + domain)).toList();
        return new OrderDraft(domain, true, null, MailboxMode.MANUAL, List.of(), mailboxes, 1L);
    }

    static String listed(String... orders) {
        return "{\"current_page\": 1, \"data\": [" + String.join(",", orders) + "], \"per_page\": 100, \"total\": "
                + orders.length + "}";
    }

    static String order(long id, String domain, Instant created, Long providerId) {
        return "{\"id\": " + id + ", \"user_id\": 2, \"full_name\": [], \"domain\": \"" + domain
                + "\", \"mailbox_mode\": \"manual\", \"provider_id\": " + providerId + ", \"domain_registrar_id\": null,"
                + " \"is_purchase\": 1, \"created_at\": \"" + created.truncatedTo(ChronoUnit.MICROS) + "\","
                + " \"updated_at\": \"" + created + "\", \"provider\": null, \"registrar\": null, \"mailboxes\": []}";
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    @Test
    void aRepeatedConfirmOfOneKeySendsOneZ1() throws Exception {
        mailin.stubFor(post(ADD).willReturn(aResponse().withStatus(201).withFixedDelay(300)
                .withBody("{\"message\": \"Order processed successfully.\"}")));
        String key = key();
        Callable<OperationOutcome> confirm = () -> placement.place(key, manual("double-order.com"), "ops@team.test");
        List<Future<OperationOutcome>> outcomes = new ArrayList<>();
        try (ExecutorService clicks = Executors.newFixedThreadPool(3)) {
            for (int i = 0; i < 3; i++) {
                outcomes.add(clicks.submit(confirm));
            }
        }
        OperationOutcome later = placement.place(key, manual("double-order.com"), "ops@team.test");

        mailin.verify(1, postRequestedFor(urlEqualTo(ADD))
                .withRequestBody(matchingJsonPath("$.mailboxes.length()", com.github.tomakehurst.wiremock.client.WireMock.equalTo("100")))
                .withRequestBody(matchingJsonPath("$.domain", com.github.tomakehurst.wiremock.client.WireMock.equalTo("double-order.com"))));
        assertThat(later.repeated()).isTrue();
        assertThat(later.operation().getState()).isEqualTo(OperationState.ACCEPTED);
        long first = 0;
        for (Future<OperationOutcome> outcome : outcomes) {
            first += outcome.get().repeated() ? 0 : 1;
        }
        assertThat(first).isEqualTo(1);
        assertThat(placed.findByOperationKey(key)).get().satisfies(order -> {
            assertThat(order.getOperationId()).isEqualTo(later.operation().getId());
            assertThat(order.getJobId()).isEqualTo(later.operation().getJobId());
            assertThat(order.getMailboxCount()).isEqualTo(100);
        });
        assertThat(jobs.find(later.operation().getJobId()).orElseThrow().getUpstreamRef()).isNull();
    }

    @Test
    void zOneGivesNoIdSoTheJobFindsTheOrderByItsDomainCreatedAfterTheSubmit() {
        mailin.stubFor(post(ADD).willReturn(aResponse().withStatus(201).withBody("{\"message\": \"ok\"}")));
        Instant now = Instant.now();
        mailin.stubFor(get(urlPathEqualTo(LIST)).willReturn(aResponse().withStatus(200).withBody(listed(
                order(70, "other-order.com", now, null),
                order(71, "found-order.com", now.minus(2, ChronoUnit.DAYS), null),  // an older order on the domain
                order(72, "found-order.com", now, null)))));
        mailin.stubFor(get(PUBLIC + "/azure-orders/status/72").willReturn(aResponse().withStatus(200)
                .withBody("{\"data\": {\"id\": 72, \"status\": \"in-progress\"}}")));
        mailin.stubFor(get(PUBLIC + "/azure-orders/nameservers/72").willReturn(aResponse().withStatus(200)
                .withBody("{\"status\": \"in-progress\", \"nameservers\": []}")));

        OperationOutcome outcome = placement.place(key(), manual("found-order.com"), "ops@team.test");
        long jobId = outcome.operation().getJobId();
        pollUntilPolled(jobId, 1);

        PlacedOrder order = placed.findByOperationId(outcome.operation().getId()).orElseThrow();
        assertThat(order.getUpstreamId()).isEqualTo(72L);
        assertThat(order.getFoundAt()).isNotNull();
        Job job = jobs.find(jobId).orElseThrow();
        assertThat(job.getStatus()).isEqualTo(JobStatus.RUNNING);
        assertThat(job.getResults()).containsExactly("72");
        assertThat(jobText.render(job.getLastReport())).contains("Order 72").contains("in-progress");
    }

    @Test
    void aLostAnswerIsReconciledFromTheListAndNeverOrderedAgain() {
        mailin.stubFor(post(ADD).willReturn(aResponse().withStatus(201).withFixedDelay(3000)
                .withBody("{\"message\": \"too late\"}")));
        Instant now = Instant.now();
        mailin.stubFor(get(urlPathEqualTo(LIST)).inScenario("lost").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(200).withBody(listed())).willSetStateTo("listed"));
        mailin.stubFor(get(urlPathEqualTo(LIST)).inScenario("lost").whenScenarioStateIs("listed")
                .willReturn(aResponse().withStatus(200).withBody(listed(order(81, "lost-order.com", now, null)))));
        mailin.stubFor(get(PUBLIC + "/azure-orders/status/81").willReturn(aResponse().withStatus(200)
                .withBody("{\"data\": {\"id\": 81, \"status\": \"in-progress\"}}")));
        mailin.stubFor(get(PUBLIC + "/azure-orders/nameservers/81").willReturn(aResponse().withStatus(200)
                .withBody("{\"status\": \"in-progress\", \"nameservers\": []}")));

        OperationOutcome outcome = placement.place(key(), manual("lost-order.com"), "ops@team.test");

        assertThat(outcome.operation().getState()).isEqualTo(OperationState.OUTCOME_UNKNOWN);
        long jobId = outcome.operation().getJobId();
        assertThat(jobs.find(jobId).orElseThrow().getStatus()).isEqualTo(JobStatus.OUTCOME_UNKNOWN);
        pollUntilPolled(jobId, 1);
        Job first = jobs.find(jobId).orElseThrow();
        assertThat(first.getStatus()).isEqualTo(JobStatus.OUTCOME_UNKNOWN);
        assertThat(jobText.render(first.getLastReport())).contains("lost-order.com").contains("NOT placed again");

        pollUntilPolled(jobId, 2);
        Job reconciled = jobs.find(jobId).orElseThrow();
        assertThat(reconciled.getStatus()).isEqualTo(JobStatus.RUNNING);
        assertThat(placed.findByOperationId(outcome.operation().getId()).orElseThrow().getUpstreamId()).isEqualTo(81L);
        mailin.verify(1, postRequestedFor(urlEqualTo(ADD)));
    }

    @Test
    void theTrackerFollowsStatusNameserversAndUploadToTheEndAndARestartResumesWhereItWas() {
        mailin.stubFor(post(ADD).willReturn(aResponse().withStatus(201).withBody("{\"message\": \"ok\"}")));
        Instant now = Instant.now();
        mailin.stubFor(get(urlPathEqualTo(LIST)).willReturn(aResponse().withStatus(200)
                .withBody(listed(order(91, "stages-order.com", now, 1L)))));
        String status = PUBLIC + "/azure-orders/status/91";
        mailin.stubFor(get(status).inScenario("status").whenScenarioStateIs(STARTED).willReturn(aResponse()
                .withBody("{\"data\": {\"id\": 91, \"status\": \"in-progress\"}}")).willSetStateTo("ready"));
        mailin.stubFor(get(status).inScenario("status").whenScenarioStateIs("ready").willReturn(aResponse()
                .withBody("{\"data\": {\"id\": 91, \"status\": \"ready\"}}")));
        String nameservers = PUBLIC + "/azure-orders/nameservers/91";
        mailin.stubFor(get(nameservers).inScenario("ns").whenScenarioStateIs(STARTED).willReturn(aResponse()
                .withBody("{\"status\": \"in-progress\", \"nameservers\": []}")).willSetStateTo("there"));
        mailin.stubFor(get(nameservers).inScenario("ns").whenScenarioStateIs("there").willReturn(aResponse()
                .withBody("{\"status\": \"ready\", \"nameservers\": [\"ns1.ms.test\", \"ns2.ms.test\"]}")));
        String upload = "/api/v1/azure-orders/get-inbox-provider-status/91";
        mailin.stubFor(get(upload).inScenario("upload").whenScenarioStateIs(STARTED).willReturn(aResponse()
                .withBody("{\"upload_status_summary\": {\"total\": 100, \"uploaded\": 60, \"alreadyExistsOtherAccount\": 0,"
                        + " \"pending\": 40, \"failed\": 0}}")).willSetStateTo("done"));
        mailin.stubFor(get(upload).inScenario("upload").whenScenarioStateIs("done").willReturn(aResponse()
                .withBody("{\"upload_status_summary\": {\"total\": 100, \"uploaded\": 97, \"alreadyExistsOtherAccount\": 1,"
                        + " \"pending\": 0, \"failed\": 2}}")));

        OperationOutcome outcome = placement.place(key(), manual("stages-order.com"), "ops@team.test");
        long jobId = outcome.operation().getJobId();

        pollUntilPolled(jobId, 1); // found, in progress, no nameservers yet
        PlacedOrder afterFirst = placed.findByOperationId(outcome.operation().getId()).orElseThrow();
        assertThat(afterFirst.getUpstreamId()).isEqualTo(91L);
        assertThat(afterFirst.getInProgressAt()).isNotNull();
        assertThat(afterFirst.getReadyAt()).isNull();
        assertThat(afterFirst.getNameservers()).isEmpty();

        // a restart: a new tracker (nothing in memory) continues from what the database holds
        OrderTracker restarted = new OrderTracker(azure, finder, placed, operations, transactions, clock);
        mailin.verify(1, postRequestedFor(urlEqualTo(ADD)));
        mailin.resetRequests();
        var second = restarted.poll(jobs.find(jobId).orElseThrow()); // ready, nameservers arrive, upload under way
        mailin.verify(0, getRequestedFor(urlPathEqualTo(LIST))); // linked already: not looked for again
        assertThat(second.status()).isEqualTo(JobStatus.RUNNING);
        assertThat(jobText.render(second.report())).contains("uploading").contains("60 of 100 uploaded");
        PlacedOrder afterSecond = placed.findByOperationId(outcome.operation().getId()).orElseThrow();
        assertThat(afterSecond.getReadyAt()).isNotNull();
        assertThat(afterSecond.getNameservers()).containsExactly("ns1.ms.test", "ns2.ms.test");
        assertThat(afterSecond.getNameserversAt()).isNotNull();
        assertThat(afterSecond.getUploadedAt()).isNull();

        pollUntilPolled(jobId, 2);
        Job done = jobs.find(jobId).orElseThrow();
        assertThat(done.getStatus()).isEqualTo(JobStatus.COMPLETED);
        assertThat(done.getResults()).containsExactly("91");
        assertThat(jobText.render(done.getLastReport())).contains("upload to the inbox provider ended")
                .contains("97 of 100 uploaded").contains("2 failed");
        PlacedOrder end = placed.findByOperationId(outcome.operation().getId()).orElseThrow();
        assertThat(end.getUploadedAt()).isNotNull();
        assertThat(end.getUpload().failed()).isEqualTo(2);
        assertThat(jobs.timeline(jobId)).extracting(e -> e.getStatus()).contains(JobStatus.PENDING, JobStatus.COMPLETED);
    }

    @Test
    void aRefusedOrderKeepsMailinsMessageAndStartsNoJob() {
        mailin.stubFor(post(ADD).willReturn(aResponse().withStatus(422)
                .withBody("{\"message\": \"Order already exists in your account.\"}")));

        OperationOutcome outcome = placement.place(key(), manual("refused-order.com"), "ops@team.test");

        assertThat(outcome.operation().getState()).isEqualTo(OperationState.REJECTED);
        assertThat(outcome.operation().getUpstreamMessage()).isEqualTo("Order already exists in your account.");
        assertThat(outcome.operation().getJobId()).isNull();
    }

    @Autowired
    OrderActions actions;

    private void stubReadyWithUpload(long id, String domain, String uploadSummary) {
        mailin.stubFor(get(urlPathEqualTo(LIST)).willReturn(aResponse().withStatus(200)
                .withBody(listed(order(id, domain, Instant.now(), 1L)))));
        mailin.stubFor(get(PUBLIC + "/azure-orders/status/" + id).willReturn(aResponse()
                .withBody("{\"data\": {\"id\": " + id + ", \"status\": \"ready\"}}")));
        mailin.stubFor(get(PUBLIC + "/azure-orders/nameservers/" + id).willReturn(aResponse()
                .withBody("{\"status\": \"ready\", \"nameservers\": [\"ns1.ms.test\"]}")));
        mailin.stubFor(get("/api/v1/azure-orders/get-inbox-provider-status/" + id).willReturn(aResponse()
                .withBody("{\"upload_status_summary\": " + uploadSummary + "}")));
    }

    @Test
    void aReUploadAfterTheOrderEndedIsFollowedAgainInTheNameOfTheOneWhoPlacedIt() {
        mailin.stubFor(post(ADD).willReturn(aResponse().withStatus(201).withBody("{\"message\": \"ok\"}")));
        stubReadyWithUpload(95, "reupload-order.com", "{\"total\": 100, \"uploaded\": 98, "
                + "\"alreadyExistsOtherAccount\": 0, \"pending\": 0, \"failed\": 2}");
        OperationOutcome outcome = placement.place(key(), manual("reupload-order.com"), "placer@team.test");
        long firstJob = outcome.operation().getJobId();
        pollUntilPolled(firstJob, 1);
        assertThat(jobs.find(firstJob).orElseThrow().getStatus()).isEqualTo(JobStatus.COMPLETED);

        mailin.stubFor(post(PUBLIC + "/azure-orders/trigger-re-upload/95").willReturn(aResponse().withStatus(200)
                .withBody("{\"message\": \"Reupload triggered successfully.\"}")));
        actions.reUpload(95, "other@team.test");

        PlacedOrder order = placed.findByUpstreamId(95).orElseThrow();
        assertThat(order.getJobId()).isNotEqualTo(firstJob);
        assertThat(order.getUploadedAt()).isNull();
        Job again = jobs.find(order.getJobId()).orElseThrow();
        assertThat(again.getStartedBy()).isEqualTo("placer@team.test");
        assertThat(jobText.render(again.getLastReport())).contains("other@team.test");
        stubReadyWithUpload(95, "reupload-order.com", "{\"total\": 100, \"uploaded\": 100, "
                + "\"alreadyExistsOtherAccount\": 0, \"pending\": 0, \"failed\": 0}");
        pollUntilPolled(again.getId(), 1);
        assertThat(jobs.find(again.getId()).orElseThrow().getStatus()).isEqualTo(JobStatus.COMPLETED);
        assertThat(placed.findByUpstreamId(95).orElseThrow().getUpload().uploaded()).isEqualTo(100);
    }

    @Test
    void settingAProviderOnAnOrderPlacedElsewhereFollowsItsUpload() {
        stubReadyWithUpload(96, "elsewhere-order.com", "{\"total\": 100, \"uploaded\": 10, "
                + "\"alreadyExistsOtherAccount\": 0, \"pending\": 90, \"failed\": 0}");
        mailin.stubFor(post(PUBLIC + "/azure-orders/set-inbox-provider/96").willReturn(aResponse().withStatus(200)
                .withBody("{\"message\": \"Inbox Provider set successfully.\"}")));
        assertThat(placed.findByUpstreamId(96)).isEmpty();

        actions.setProvider(96, 1, "ops@team.test");

        PlacedOrder adopted = placed.findByUpstreamId(96).orElseThrow();
        assertThat(adopted.getDomain()).isEqualTo("elsewhere-order.com");
        assertThat(adopted.getProviderId()).isEqualTo(1L);
        Job job = jobs.find(adopted.getJobId()).orElseThrow();
        assertThat(job.getStartedBy()).isEqualTo("ops@team.test");
        pollUntilPolled(job.getId(), 1);
        Job following = jobs.find(job.getId()).orElseThrow();
        assertThat(following.getStatus()).isEqualTo(JobStatus.RUNNING);
        assertThat(jobText.render(following.getLastReport())).contains("10 of 100 uploaded");
    }

    private void pollUntilPolled(long jobId, int polls) {
        for (int cycle = 0; cycle < 20 && jobs.find(jobId).orElseThrow().getPollCount() < polls; cycle++) {
            poller.pollDueJobs();
        }
        assertThat(jobs.find(jobId).orElseThrow().getPollCount()).isEqualTo(polls);
    }
}
