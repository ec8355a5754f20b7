package com.mailindashboard.jobs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.mailindashboard.MailinDashboardApplication;
import com.mailindashboard.support.IntegrationTest;
import com.mailindashboard.support.PostgresServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The scheduler on the real application and PostgreSQL: backoff, failed polls, stuck jobs, webhook
 * retries (with a hand-moved clock and a scripted tracker), and, with application contexts built
 * by hand on one database, a restart that resumes pending jobs and two instances that never poll
 * a job twice.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import({ScriptedTracker.class, MutableClock.class})
@TestPropertySource(properties = {
        "dashboard.jobs.start-delay=1h",
        "dashboard.jobs.initial-delay=1s",
        "dashboard.jobs.max-delay=4s",
        "dashboard.jobs.stuck-after=1h",
        "dashboard.jobs.webhook-initial-backoff=0s"})
class JobSchedulerTest {

    static final WireMockServer receiver = new WireMockServer(wireMockConfig().dynamicPort());

    static {
        receiver.start();
        receiver.stubFor(post("/hook").atPriority(10).willReturn(aResponse().withStatus(200)));
    }

    @DynamicPropertySource
    static void webhook(DynamicPropertyRegistry registry) {
        registry.add("dashboard.jobs.webhook-url", () -> receiver.baseUrl() + "/hook");
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop();
    }

    @Autowired
    JobTextRenderer jobText;
    @Autowired
    JobLedger ledger;
    @Autowired
    JobPoller poller;
    @Autowired
    WebhookSender webhooks;
    @Autowired
    ScriptedTracker tracker;
    @Autowired
    MutableClock clock;
    @Autowired
    MockMvc mvc;

    @Test
    void aJobCompletesAfterSeveralPollsBackingOffUpToTheCap() {
        long id = start("backoff");
        tracker.script(id, running("queued"), running("creating"), running("creating"), running("almost"),
                () -> JobReport.completed("Mailbox created", List.of("mailbox-7")));

        List<Duration> waits = new ArrayList<>();
        for (int poll = 1; poll <= 5; poll++) {
            Instant due = job(id).getNextPollAt();
            clock.set(due.minusMillis(1));
            poller.pollDueJobs();
            assertThat(job(id).getPollCount()).as("not polled before it is due").isEqualTo(poll - 1);
            clock.set(due);
            poller.pollDueJobs();
            Job polled = job(id);
            assertThat(polled.getPollCount()).isEqualTo(poll);
            if (polled.getNextPollAt() != null) {
                waits.add(Duration.between(clock.instant(), polled.getNextPollAt()));
            }
        }

        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(4));
        Job done = job(id);
        assertThat(done.getStatus()).isEqualTo(JobStatus.COMPLETED);
        assertThat(done.getResults()).containsExactly("mailbox-7");
        assertThat(done.getNextPollAt()).isNull();
        assertThat(done.getFinishedAt()).isEqualTo(clock.instant());
        assertThat(tracker.calls(id)).isEqualTo(5);
        assertThat(ledger.timeline(id)).extracting(JobEvent::getStatus)
                .containsExactly(JobStatus.PENDING, JobStatus.RUNNING, JobStatus.COMPLETED);

        clock.advance(Duration.ofMinutes(10));
        poller.pollDueJobs();
        assertThat(tracker.calls(id)).as("a finished job is not polled").isEqualTo(5);
    }

    @Test
    void aPollThatThrowsKeepsTheStatusAndAsksAgainLater() {
        long id = start("throws");
        tracker.script(id, running("creating"), () -> {
            throw new IllegalStateException("Mailin is down");
        }, () -> JobReport.completed("Mailbox created", List.of()));

        pollWhenDue(id);
        assertThat(job(id).getStatus()).isEqualTo(JobStatus.RUNNING);
        pollWhenDue(id);
        Job failedPoll = job(id);
        assertThat(failedPoll.getStatus()).isEqualTo(JobStatus.RUNNING);
        assertThat(failedPoll.getPollCount()).isEqualTo(2);
        assertThat(jobText.render(failedPoll.getLastReport())).isEqualTo("Could not ask Mailin: Mailin is down");
        assertThat(failedPoll.getNextPollAt()).isEqualTo(clock.instant().plusSeconds(2));
        assertThat(ledger.timeline(id)).extracting(JobEvent::getStatus)
                .containsExactly(JobStatus.PENDING, JobStatus.RUNNING);

        pollWhenDue(id);
        assertThat(job(id).getStatus()).isEqualTo(JobStatus.COMPLETED);
        assertThat(tracker.calls(id)).isEqualTo(3);
    }

    @Test
    void aJobPendingLongerThanTheLimitIsFlaggedStuckAndStillPolled() {
        long id = start("stuck");
        Instant created = job(id).getCreatedAt();

        clock.set(created.plus(Duration.ofMinutes(59)));
        poller.pollDueJobs();
        assertThat(job(id).getStatus()).isEqualTo(JobStatus.RUNNING);

        clock.set(created.plus(Duration.ofMinutes(61)));
        poller.pollDueJobs();
        Job stuck = job(id);
        assertThat(stuck.getStatus()).isEqualTo(JobStatus.STUCK);
        assertThat(stuck.getPollCount()).as("still polled in the same cycle").isEqualTo(2);
        assertThat(stuck.getNextPollAt()).isNotNull();
        assertThat(ledger.timeline(id)).extracting(JobEvent::getStatus)
                .containsExactly(JobStatus.PENDING, JobStatus.RUNNING, JobStatus.STUCK);
        assertThat(jobText.render(ledger.timeline(id).getLast().getMessage())).isEqualTo("Still not finished after 60 minutes");
        assertThat(ledger.deliveries(id)).extracting(WebhookDelivery::getEvent).containsExactly("stuck");
        assertThat(ledger.endedUnseen("ops@team.test")).extracting(Job::getId).contains(id);

        tracker.script(id, () -> JobReport.completed("Mailbox created at last", List.of()));
        pollWhenDue(id);
        assertThat(job(id).getStatus()).isEqualTo(JobStatus.COMPLETED);
        assertThat(ledger.deliveries(id)).extracting(WebhookDelivery::getEvent).containsExactly("stuck", "completed");
        assertThat(ledger.timeline(id)).extracting(JobEvent::getStatus).endsWith(JobStatus.STUCK,
                JobStatus.COMPLETED);
    }

    @Test
    void aWebhookDeliveryIsRetriedUntilTheReceiverTakesIt() {
        long id = start("webhook");
        tracker.script(id, () -> JobReport.completed("Mailbox created", List.of("mailbox-9")));
        String scenario = "flaky-" + id;
        receiver.stubFor(post("/hook").atPriority(1).withRequestBody(forJob(id)).inScenario(scenario)
                .whenScenarioStateIs(STARTED).willReturn(aResponse().withStatus(500)).willSetStateTo("second"));
        receiver.stubFor(post("/hook").atPriority(1).withRequestBody(forJob(id)).inScenario(scenario)
                .whenScenarioStateIs("second").willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        receiver.stubFor(post("/hook").atPriority(1).withRequestBody(forJob(id)).inScenario(scenario)
                .whenScenarioStateIs("up").willReturn(aResponse().withStatus(200)));

        pollWhenDue(id);
        assertThat(job(id).getStatus()).isEqualTo(JobStatus.COMPLETED);
        WebhookDelivery delivered = deliverUntilSettled(id);

        assertThat(delivered.getState()).isEqualTo(WebhookDelivery.State.DELIVERED);
        assertThat(delivered.getAttempts()).isEqualTo(3);
        assertThat(delivered.getDeliveredAt()).isNotNull();
        RequestPatternBuilder toReceiver = hook(id);
        receiver.verify(3, toReceiver);
        receiver.verify(3, hook(id).withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(matchingJsonPath("$.text", containing("job #" + id)))
                .withRequestBody(matchingJsonPath("$.text", containing("is completed")))
                .withRequestBody(matchingJsonPath("$.event", equalTo("job.completed")))
                .withRequestBody(matchingJsonPath("$.job.results[0]", equalTo("mailbox-9"))));

        webhooks.deliverDue();
        receiver.verify(3, hook(id));
    }

    @Test
    void aReceiverThatKeepsFailingEndsInFailedVisibleOnTheJobPage() throws Exception {
        long id = start("webhook-down");
        tracker.script(id, () -> JobReport.failed("Google refused the mailbox"));
        receiver.stubFor(post("/hook").atPriority(1).withRequestBody(forJob(id))
                .willReturn(aResponse().withStatus(500)));

        pollWhenDue(id);
        WebhookDelivery failed = deliverUntilSettled(id);

        assertThat(failed.getState()).isEqualTo(WebhookDelivery.State.FAILED);
        assertThat(failed.getAttempts()).isEqualTo(WebhookSender.MAX_ATTEMPTS);
        assertThat(failed.getLastError()).isEqualTo("HTTP 500");
        assertThat(failed.getNextAttemptAt()).isNull();
        receiver.verify(WebhookSender.MAX_ATTEMPTS, hook(id));
        webhooks.deliverDue();
        receiver.verify(WebhookSender.MAX_ATTEMPTS, hook(id));

        String page = mvc.perform(get("/jobs/" + id).with(user("viewer@team.test").roles("VIEWER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-test=\"job-webhook-" + failed.getId() + "\"")
                .contains("Failed: no more attempts").contains("HTTP 500")
                .contains("<td class=\"text-end\">" + WebhookSender.MAX_ATTEMPTS + "</td>")
                .contains("Google refused the mailbox");
    }

    @Test
    void aRestartedApplicationResumesPendingJobs() {
        String database = PostgresServer.get().createDatabase("jobs_restart");
        Map<Long, AtomicInteger> calls = new ConcurrentHashMap<>();
        long id;
        try (ConfigurableApplicationContext first = application(database, calls, "1h")) {
            id = first.getBean(JobLedger.class).start(JobKind.GOOGLE_MAILBOX_CREATION, "task-restart",
                    JobStatus.PENDING, List.of("restart@example.com"), "ops@team.test", "accepted", null).getId();
        }
        assertThat(calls).isEmpty();

        try (ConfigurableApplicationContext second = application(database, calls, "0s")) {
            JobLedger restarted = second.getBean(JobLedger.class);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                    .until(() -> !restarted.find(id).orElseThrow().isActive());
            Job resumed = restarted.find(id).orElseThrow();
            assertThat(resumed.getStatus()).isEqualTo(JobStatus.COMPLETED);
            assertThat(resumed.getPollCount()).isEqualTo(1);
            assertThat(resumed.getResults()).containsExactly("done");
            assertThat(calls.get(id)).hasValue(1);
        }
    }

    @Test
    void twoSchedulersOnOneDatabasePollEachJobExactlyOnce() throws Exception {
        String database = PostgresServer.get().createDatabase("jobs_two");
        Map<Long, AtomicInteger> calls = new ConcurrentHashMap<>();
        try (ConfigurableApplicationContext one = application(database, calls, "1h");
             ConfigurableApplicationContext two = application(database, calls, "1h")) {
            JobLedger jobs = one.getBean(JobLedger.class);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                ids.add(jobs.start(JobKind.GOOGLE_MAILBOX_CREATION, "task-" + i, JobStatus.PENDING,
                        List.of("box" + i + "@example.com"), "ops@team.test", "accepted", null).getId());
            }
            List<JobPoller> pollers = List.of(one.getBean(JobPoller.class), two.getBean(JobPoller.class));
            assertThat(pollers.get(0)).isNotSameAs(pollers.get(1));

            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> cycles = new ArrayList<>();
            try (ExecutorService threads = Executors.newFixedThreadPool(6)) {
                for (int thread = 0; thread < 6; thread++) {
                    JobPoller poller = pollers.get(thread % 2);
                    cycles.add(threads.submit(() -> {
                        go.await();
                        int polled = 0;
                        for (int cycle = 0; cycle < 8; cycle++) {
                            polled += poller.pollDueJobs();
                        }
                        return polled;
                    }));
                }
                go.countDown();
            }
            int polled = 0;
            for (Future<Integer> cycle : cycles) {
                polled += cycle.get();
            }

            assertThat(polled).isEqualTo(30);
            assertThat(calls.keySet()).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(calls.values()).allSatisfy(count -> assertThat(count).hasValue(1));
            for (long id : ids) {
                Job job = jobs.find(id).orElseThrow();
                assertThat(job.getStatus()).isEqualTo(JobStatus.COMPLETED);
                assertThat(job.getPollCount()).isEqualTo(1);
            }
        }
    }

    /** The whole application on the given database, its only tracker answering "completed" after a short wait. */
    private static ConfigurableApplicationContext application(String database, Map<Long, AtomicInteger> calls,
                                                             String startDelay) {
        ScriptedTracker completing = new ScriptedTracker(calls, () -> {
            sleep(5);
            return JobReport.completed("Mailbox created", List.of("done"));
        });
        PostgresServer server = PostgresServer.get();
        return new SpringApplicationBuilder(MailinDashboardApplication.class)
                .profiles("test")
                .initializers(context -> context.getBeanFactory().registerSingleton("scriptedTracker", completing))
                .run("--spring.datasource.url=" + database,
                        "--spring.datasource.username=" + server.user(),
                        "--spring.datasource.password=" + server.password(),
                        "--spring.datasource.driver-class-name=org.postgresql.Driver",
                        "--dashboard.admin.email=",
                        "--dashboard.admin.password=",
                        "--server.port=0",
                        "--spring.main.banner-mode=off",
                        "--dashboard.jobs.start-delay=" + startDelay,
                        "--dashboard.jobs.poll-interval=100ms",
                        // every job due fits one cycle: none waits for a later turn in the lane (JobBacklogTest)
                        "--dashboard.jobs.batch-size=50",
                        "--dashboard.jobs.initial-delay=0s");
    }

    private long start(String name) {
        return ledger.start(JobKind.GOOGLE_MAILBOX_CREATION, "task-" + name, JobStatus.PENDING,
                List.of(name + "@example.com"), "ops@team.test", "accepted", null).getId();
    }

    private Job job(long id) {
        return ledger.find(id).orElseThrow();
    }

    /** Moves the clock to the job's next poll and runs a cycle (other tests' jobs may be due too). */
    private void pollWhenDue(long id) {
        int before = job(id).getPollCount();
        clock.set(job(id).getNextPollAt());
        poller.pollDueJobs();
        assertThat(job(id).getPollCount()).isEqualTo(before + 1);
    }

    /** Runs delivery rounds until the job's one delivery is delivered or given up (the backoff is 0s here). */
    private WebhookDelivery deliverUntilSettled(long id) {
        for (int round = 0; round < 3 * WebhookSender.MAX_ATTEMPTS; round++) {
            List<WebhookDelivery> deliveries = ledger.deliveries(id);
            assertThat(deliveries).hasSize(1);
            if (!WebhookDelivery.State.PENDING.equals(deliveries.getFirst().getState())) {
                return deliveries.getFirst();
            }
            webhooks.deliverDue();
        }
        throw new AssertionError("The delivery of job " + id + " never settled");
    }

    private static RequestPatternBuilder hook(long id) {
        return postRequestedFor(urlEqualTo("/hook")).withRequestBody(forJob(id));
    }

    private static com.github.tomakehurst.wiremock.matching.StringValuePattern forJob(long id) {
        return matchingJsonPath("$.job.id", equalTo(String.valueOf(id)));
    }

    private static Supplier<JobReport> running(String report) {
        return () -> JobReport.inProgress(report);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
