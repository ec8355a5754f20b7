package com.mailindashboard.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mailindashboard.jobs.Job;
import com.mailindashboard.jobs.JobKind;
import com.mailindashboard.jobs.JobLedger;
import com.mailindashboard.jobs.JobStatus;
import com.mailindashboard.support.Browser;
import com.mailindashboard.support.PostgresDatabaseInitializer;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * The overview in a real browser against the sandbox, with things that need attention: a stuck
 * job, a failed one, credits under the threshold; "refresh now" counts the fleet, the pending
 * domains it finds ask for attention, and every number opens the list filtered to it. The page
 * stays usable at a phone's width.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "dashboard.sandbox.enabled=true", "dashboard.admin.email=lead@journey.test",
        "dashboard.admin.password=Lead-Harbor-Compass-61", "dashboard.data-dir=target/browser-data",
        "dashboard.secret-key=overview-journey-key", "dashboard.jobs.start-delay=1h",
        "dashboard.verification.low-credits-threshold=20000"})
@ContextConfiguration(initializers = PostgresDatabaseInitializer.class)
class OverviewJourneyBrowserTest {

    private static final String LEAD = "lead@journey.test";

    @LocalServerPort
    int port;
    @Autowired
    JobLedger ledger;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theLeadSeesWhatNeedsAttentionAndFollowsEveryNumberToItsList() {
        Job stuck = job(JobStatus.STUCK, "stuck-journey.com", Instant.now().minus(Duration.ofHours(3)));
        job(JobStatus.FAILED, "failed-journey.com", Instant.now().minus(Duration.ofDays(1)));
        jdbc.update("""
                insert into operation (operation_key, kind, state, subjects, created_by, created_at, updated_at, version)
                values (?, 'DOMAIN_PURCHASE', 'ACCEPTED', ?, ?, ?, ?, 0)""", UUID.randomUUID().toString(),
                "spent-a.com\nspent-b.com", LEAD, Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));

        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.login(LEAD, "Lead-Harbor-Compass-61");
            browser.waitForPath("/");

            // 1. needs attention comes first, each line with the page where it is fixed
            assertThat(browser.text("panel-attention")).contains("1 job is stuck",
                    "1 job started in the last 7 days failed", "Only 12,500 verification credits left");
            assertThat(browser.text("verification-credits")).isEqualTo("12,500");
            assertThat(browser.text("servers-up")).isEqualTo("2 up");
            assertThat(browser.text("servers-down")).isEqualTo("1 down");
            browser.screenshot(Path.of("target/screenshots/overview-attention.png"));
            browser.all("[data-test='attention-overview.attention.stuck'] a").getFirst().click();
            browser.waitForPath("/jobs?status=STUCK");
            assertThat(browser.text("job-row-" + stuck.getId())).contains("stuck-journey.com");

            // 2. spend shows what the lead bought this month, with its chart
            browser.open("/");
            assertThat(browser.text("panel-spend")).contains(LEAD);
            assertThat(browser.find("panel-spend").findElement(org.openqa.selenium.By.cssSelector("canvas"))
                    .getAttribute("data-chart-drawn")).isEqualTo("true");

            // 3. the fleet has not been counted yet; "refresh now" counts it in the background
            assertThat(browser.text("fleet-smtp-domains")).contains("split not counted yet");
            browser.click("fleet-refresh");
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).pollInSameThread()
                    .until(() -> steadyText(browser, "fleet-smtp-domains").contains("split just now"));
            assertThat(steadyText(browser, "fleet-smtp-domains")).contains("24", "20", "active", "4", "pending");
            assertThat(steadyText(browser, "slots-used")).as("the account panel loads again once counted")
                    .contains("50 of");

            // 4. the pending domains it found ask for attention and open the list filtered to them; the
            //    mailboxes counted fill the account's slots
            browser.open("/");
            assertThat(browser.text("slots-used")).contains("50 of");
            browser.screenshot(Path.of("target/screenshots/overview-counted.png"));
            assertThat(browser.text("panel-attention")).contains("SMTP domains: 4 pending");
            browser.all("[data-test='attention-overview.attention.domains'] a").getFirst().click();
            browser.waitForPath("/domains?status=pending");
            assertThat(browser.text("fleet-items-total")).isEqualTo("4 found");
            assertThat(browser.all("[data-test='fleet-items-table'] tbody tr")).hasSize(4);

            // 5. every number of the fleet is a link to its list
            browser.open("/");
            browser.click("fleet-smtp-mailboxes-active");
            browser.waitForPath("/mailboxes?status=active");
            assertThat(browser.text("fleet-items-total")).isEqualTo("40 found");

            // 6. usable on a phone: nothing wider than the screen
            browser.windowSize(390, 844).open("/");
            browser.find("panel-fleet");
            browser.find("panel-spend");
            Object overflow = browser.script(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(((Number) overflow).intValue()).as("horizontal overflow in px").isLessThanOrEqualTo(0);
            browser.screenshot(Path.of("target/screenshots/overview-phone.png"));
        }
    }

    private Job job(JobStatus status, String subject, Instant createdAt) {
        Job job = ledger.start(JobKind.DOMAIN_PURCHASE, "ref-" + subject, JobStatus.PENDING, List.of(subject), LEAD,
                "accepted", null);
        jdbc.update("update job set status = ?, created_at = ? where id = ?", status.name(), Timestamp.from(createdAt),
                job.getId());
        return job;
    }

    /** The text of an element the page's htmx polling may be replacing right now. */
    private static String steadyText(Browser browser, String dataTest) {
        for (int attempt = 1; ; attempt++) {
            try {
                return browser.text(dataTest);
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }
}
