package com.mailindashboard.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mailindashboard.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A large backlog spread over the poller's lane, with a hand-moved clock and a budget set here:
 * 50 calls/s with a background share of 0.2 is one turn every 100 ms, and a cycle every 2 s polls
 * at most 20 jobs (one cycle's turns). 1,000 jobs due at once are all asked within 1,000 turns
 * (100 s), none twice before every other was asked once, and each is asked at the next poll time
 * the jobs pages show for it.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import({ScriptedTracker.class, MutableClock.class})
@TestPropertySource(properties = {
        "dashboard.jobs.start-delay=1h",
        "dashboard.jobs.initial-delay=5s",
        "dashboard.jobs.max-delay=5s",
        "dashboard.jobs.stuck-after=1h",
        "dashboard.jobs.batch-size=20",
        "mailin.rate-limit.per-second=50",
        "mailin.rate-limit.background-share=0.2"})
class JobBacklogTest {

    private static final int JOBS = 1_000;
    private static final Duration TURN = Duration.ofMillis(100);
    private static final Duration CYCLE = Duration.ofSeconds(2);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    @Autowired
    JobLedger ledger;
    @Autowired
    JobPoller poller;
    @Autowired
    ScriptedTracker tracker;
    @Autowired
    MutableClock clock;
    @Autowired
    MockMvc mvc;

    @Test
    void aThousandDueJobsAreAllAskedWithinTheirTurnsOnceEachAtTheTimeShown() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < JOBS; i++) {
            ids.add(ledger.start(JobKind.GOOGLE_MAILBOX_CREATION, "backlog-" + i, JobStatus.PENDING,
                    List.of("backlog-" + i + "@example.com"), "ops@team.test", "accepted", null).getId());
        }
        clock.advance(Duration.ofSeconds(5)); // all of them due at once
        Instant start = clock.instant();

        poller.pollDueJobs();
        Map<Long, Instant> announced = new HashMap<>();
        Map<Long, Instant> asked = new HashMap<>();
        for (long id : ids) {
            if (tracker.calls(id) == 1) {
                asked.put(id, start);
            } else {
                assertThat(tracker.calls(id)).isZero();
                announced.put(id, ledger.find(id).orElseThrow().getNextPollAt());
            }
        }
        assertThat(asked).as("the first cycle takes one cycle's turns").hasSize(20);
        assertThat(announced.values()).as("the rest wait for later turns, up to the 1,000th")
                .allSatisfy(at -> assertThat(at).isAfter(start)
                        .isBeforeOrEqualTo(start.plus(TURN.multipliedBy(JOBS))))
                .doesNotHaveDuplicates();
        long lastId = ids.getLast();
        String page = mvc.perform(get("/jobs").with(user("viewer@team.test").roles("VIEWER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).as("the jobs page shows when the newest job will be asked")
                .contains(SHOWN.format(announced.get(lastId)));

        int cycles = 1;
        while (asked.size() < JOBS && cycles < 200) {
            clock.advance(CYCLE);
            poller.pollDueJobs();
            cycles++;
            for (long id : ids) {
                if (tracker.calls(id) >= 1 && !asked.containsKey(id)) {
                    asked.put(id, clock.instant());
                }
            }
            // a second round may start in the cycle that ends the first, never before
            int limit = asked.size() < JOBS ? 1 : 2;
            for (long id : ids) {
                assertThat(tracker.calls(id)).as("job %d asked twice while others still wait", id)
                        .isLessThanOrEqualTo(limit);
            }
        }

        assertThat(asked).hasSize(JOBS);
        Duration took = Duration.between(start, asked.values().stream().max(Instant::compareTo).orElseThrow());
        assertThat(took).as("1,000 turns of 100 ms, give or take a cycle")
                .isLessThanOrEqualTo(TURN.multipliedBy(JOBS).plus(CYCLE));
        for (Map.Entry<Long, Instant> wait : announced.entrySet()) {
            Instant at = asked.get(wait.getKey());
            assertThat(at).as("job %d asked at the time shown for it (within a cycle)", wait.getKey())
                    .isAfterOrEqualTo(wait.getValue()).isBefore(wait.getValue().plus(CYCLE));
        }
        System.out.printf("backlog: %d jobs asked in %d s of the lane's time, %d cycles%n", JOBS, took.toSeconds(),
                cycles);
    }
}
