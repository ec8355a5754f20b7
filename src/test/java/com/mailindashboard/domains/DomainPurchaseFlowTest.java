package com.mailindashboard.domains;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static com.mailindashboard.support.WireMockMailin.PUBLIC;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.mailindashboard.jobs.Job;
import com.mailindashboard.jobs.JobLedger;
import com.mailindashboard.jobs.JobPoller;
import com.mailindashboard.jobs.JobStatus;
import com.mailindashboard.jobs.OperationOutcome;
import com.mailindashboard.jobs.OperationState;
import com.mailindashboard.support.IntegrationTest;
import com.mailindashboard.support.WireMockMailin;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Money safety of domain purchases, against WireMock, on the real application and PostgreSQL. */
@IntegrationTest
class DomainPurchaseFlowTest {

    static final WireMockServer mailin = WireMockMailin.server();

    @DynamicPropertySource
    static void mailin(DynamicPropertyRegistry registry) {
        WireMockMailin.register(registry);
    }

    @Autowired
    com.mailindashboard.jobs.JobTextRenderer jobText;
    @Autowired
    DomainPurchaseService purchases;
    @Autowired
    JobLedger jobs;
    @Autowired
    JobPoller poller;

    @BeforeEach
    void resetMailin() {
        WireMockMailin.reset();
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    @Test
    void aRepeatedSubmitOfOneKeyCallsMailinOnce() throws Exception {
        mailin.stubFor(post(PUBLIC + "/domains/buy-multiple").willReturn(aResponse().withStatus(210).withFixedDelay(300)
                .withBody("{\"message\": \"Your request has been received.\", \"uuid\": \"job-double\"}")));
        String key = key();
        List<String> names = List.of("double-one.com", "double-two.co");
        Callable<OperationOutcome> submit = () -> purchases.buy(key, DomainProvider.SMTP, names, "ops@team.test");

        List<Future<OperationOutcome>> outcomes = new ArrayList<>();
        try (ExecutorService clicks = Executors.newFixedThreadPool(3)) {
            for (int i = 0; i < 3; i++) {
                outcomes.add(clicks.submit(submit));
            }
        }
        OperationOutcome later = purchases.buy(key, DomainProvider.SMTP, names, "ops@team.test");

        mailin.verify(1, postRequestedFor(urlEqualTo(PUBLIC + "/domains/buy-multiple"))
                .withRequestBody(equalToJson("{\"domain_names\": [\"double-one.com\", \"double-two.co\"]}")));
        assertThat(later.repeated()).isTrue();
        assertThat(later.operation().getState()).isEqualTo(OperationState.ACCEPTED);
        long firstCalls = 0;
        for (Future<OperationOutcome> outcome : outcomes) {
            firstCalls += outcome.get().repeated() ? 0 : 1;
            assertThat(outcome.get().operation().getOperationKey()).isEqualTo(key);
        }
        assertThat(firstCalls).isEqualTo(1);
        Job job = jobs.find(later.operation().getJobId()).orElseThrow();
        assertThat(job.getUpstreamRef()).isEqualTo("job-double");
        assertThat(job.getStatus()).isEqualTo(JobStatus.PENDING);
    }

    @Test
    void aRefusalKeepsTheRefusedNamesVisible() {
        mailin.stubFor(post(PUBLIC + "/domains/buy-multiple").willReturn(aResponse().withStatus(422).withBody("""
                {"message": "The requested domain(s) are unavailable.", "unavailable": ["taken-one.com"]}""")));

        OperationOutcome outcome = purchases.buy(key(), DomainProvider.SMTP, List.of("taken-one.com", "free-one.com"),
                "ops@team.test");

        assertThat(outcome.operation().getState()).isEqualTo(OperationState.REJECTED);
        assertThat(outcome.operation().getRefused()).containsExactly("taken-one.com");
        assertThat(outcome.operation().getUpstreamMessage()).isEqualTo("The requested domain(s) are unavailable.");
        assertThat(outcome.operation().getJobId()).isNull();
    }

    @Test
    void aTimeoutAfterSendingEndsInOutcomeUnknownAndIsReconciledFromTheDomainList() {
        mailin.stubFor(post(PUBLIC + "/domains/buy").willReturn(aResponse().withStatus(210).withFixedDelay(3000)
                .withBody("{\"uuid\": \"too-late\"}")));
        mailin.stubFor(get(urlPathEqualTo(PUBLIC + "/domains")).inScenario("reconcile").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(200).withBody(page()))
                .willSetStateTo("bought"));
        mailin.stubFor(get(urlPathEqualTo(PUBLIC + "/domains")).inScenario("reconcile").whenScenarioStateIs("bought")
                .willReturn(aResponse().withStatus(200).withBody(page("{\"id\": 77, \"name\": \"lost-answer.com\","
                        + " \"status\": \"1\", \"name_server_status\": \"1\"}"))));

        OperationOutcome outcome = purchases.buy(key(), DomainProvider.SMTP, List.of("lost-answer.com"), "ops@team.test");

        assertThat(outcome.operation().getState()).isEqualTo(OperationState.OUTCOME_UNKNOWN);
        mailin.verify(1, postRequestedFor(urlEqualTo(PUBLIC + "/domains/buy")));
        long jobId = outcome.operation().getJobId();
        assertThat(jobs.find(jobId).orElseThrow().getStatus()).isEqualTo(JobStatus.OUTCOME_UNKNOWN);

        pollUntilPolled(jobId, 1);
        Job afterFirst = jobs.find(jobId).orElseThrow();
        assertThat(afterFirst.getStatus()).isEqualTo(JobStatus.OUTCOME_UNKNOWN);
        assertThat(jobText.render(afterFirst.getLastReport())).contains("Found 0 of 1").contains("not repeated");

        pollUntilPolled(jobId, 2);
        Job reconciled = jobs.find(jobId).orElseThrow();
        assertThat(reconciled.getStatus()).isEqualTo(JobStatus.COMPLETED);
        assertThat(reconciled.getResults()).containsExactly("77");
        mailin.verify(1, postRequestedFor(urlEqualTo(PUBLIC + "/domains/buy")));
    }

    @Test
    void aLargeLostPurchaseIsReconciledByWalkingTheListOnceNotByOneCallPerName() {
        mailin.stubFor(post(PUBLIC + "/domains/buy-multiple").willReturn(aResponse().withStatus(502)));
        List<String> names = List.of("walk-1.com", "walk-2.com", "walk-3.com", "walk-4.com", "walk-5.com",
                "walk-6.com");
        mailin.stubFor(get(urlPathEqualTo(PUBLIC + "/domains")).withQueryParam("page",
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo("1"))
                .willReturn(aResponse().withStatus(200).withBody(walkPage(1, 2, "walk-1.com", "walk-2.com",
                        "unrelated.com", "walk-3.com"))));
        mailin.stubFor(get(urlPathEqualTo(PUBLIC + "/domains")).withQueryParam("page",
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo("2"))
                .willReturn(aResponse().withStatus(200).withBody(walkPage(2, 2, "walk-4.com", "walk-5.com",
                        "walk-6.com"))));

        OperationOutcome outcome = purchases.buy(key(), DomainProvider.SMTP, names, "ops@team.test");
        assertThat(outcome.operation().getState()).isEqualTo(OperationState.OUTCOME_UNKNOWN);
        long jobId = outcome.operation().getJobId();

        pollUntilPolled(jobId, 1);

        Job job = jobs.find(jobId).orElseThrow();
        assertThat(job.getStatus()).isEqualTo(JobStatus.COMPLETED);
        assertThat(job.getResults()).hasSize(6);
        mailin.verify(2, getRequestedFor(urlPathEqualTo(PUBLIC + "/domains"))
                .withQueryParam("name", com.github.tomakehurst.wiremock.client.WireMock.absent()));
        mailin.verify(0, getRequestedFor(urlPathEqualTo(PUBLIC + "/domains"))
                .withQueryParam("name", com.github.tomakehurst.wiremock.client.WireMock.matching("walk-.*")));
    }

    static String walkPage(int page, int lastPage, String... names) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            items.append(i == 0 ? "" : ",").append("{\"id\": ").append(page * 100 + i).append(", \"name\": \"")
                    .append(names[i]).append("\"}");
        }
        return "{\"current_page\": " + page + ", \"data\": [" + items + "], \"last_page\": " + lastPage
                + ", \"per_page\": 100}";
    }

    @Test
    void aPurchaseJobCompletesAfterSeveralPolls() {
        mailin.stubFor(post(PUBLIC + "/domains/buy/google").willReturn(aResponse().withStatus(210)
                .withBody("{\"message\": \"ok\", \"uuid\": \"job-three-polls\"}")));
        String status = PUBLIC + "/domains/status/job-three-polls";
        mailin.stubFor(get(status).inScenario("polls").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(200).withBody("{\"id\": \"job-three-polls\", \"status\": \"pending\"}"))
                .willSetStateTo("second"));
        mailin.stubFor(get(status).inScenario("polls").whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(200).withBody("{\"id\": \"job-three-polls\", \"status\": \"processing\","
                        + " \"report\": \"Registering\"}"))
                .willSetStateTo("third"));
        mailin.stubFor(get(status).inScenario("polls").whenScenarioStateIs("third")
                .willReturn(aResponse().withStatus(200).withBody("{\"id\": \"job-three-polls\", \"status\": \"completed\","
                        + " \"report\": \"Domain purchased\", \"data\": [91]}")));

        OperationOutcome outcome = purchases.buy(key(), DomainProvider.GOOGLE, List.of("three-polls.com"),
                "ops@team.test");
        long jobId = outcome.operation().getJobId();

        pollUntilPolled(jobId, 1);
        assertThat(jobs.find(jobId).orElseThrow().getStatus()).isEqualTo(JobStatus.RUNNING);
        pollUntilPolled(jobId, 2);
        assertThat(jobs.find(jobId).orElseThrow().getLastReport()).isEqualTo("Registering");
        pollUntilPolled(jobId, 3);
        Job done = jobs.find(jobId).orElseThrow();
        assertThat(done.getStatus()).isEqualTo(JobStatus.COMPLETED);
        assertThat(done.getResults()).containsExactly("91");
        assertThat(done.getFinishedAt()).isNotNull();
        assertThat(jobs.timeline(jobId)).extracting(e -> e.getStatus())
                .containsExactly(JobStatus.PENDING, JobStatus.RUNNING, JobStatus.COMPLETED);
        mailin.verify(3, getRequestedFor(urlEqualTo(status)));
    }

    /** Runs poll cycles until the job has been polled {@code polls} times (other tests' jobs may be due too). */
    private void pollUntilPolled(long jobId, int polls) {
        for (int cycle = 0; cycle < 20 && jobs.find(jobId).orElseThrow().getPollCount() < polls; cycle++) {
            poller.pollDueJobs();
        }
        assertThat(jobs.find(jobId).orElseThrow().getPollCount()).isEqualTo(polls);
    }

    static String page(String... domains) {
        return "{\"current_page\": 1, \"data\": [" + String.join(",", domains) + "], \"per_page\": 100, \"total\": "
                + domains.length + "}";
    }
}
