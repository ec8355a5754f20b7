package com.mailindashboard.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mailindashboard.support.Browser;
import com.mailindashboard.support.PostgresDatabaseInitializer;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * Domains in a real browser against the sandbox: buy two, confirm once, watch the job complete,
 * find both domains, delete one after typing its name, and find both actions in the audit log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "dashboard.sandbox.enabled=true", "dashboard.admin.email=buyer@journey.test",
        "dashboard.admin.password=Tundra-Wobble-Spire-39", "dashboard.data-dir=target/browser-data",
        "dashboard.secret-key=domain-journey-key", "dashboard.jobs.poll-interval=500ms",
        "dashboard.jobs.initial-delay=1s", "dashboard.jobs.max-delay=2s", "dashboard.jobs.start-delay=1s"})
@ContextConfiguration(initializers = PostgresDatabaseInitializer.class)
class DomainJourneyBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void buyTwoDomainsFollowTheJobAndDeleteOne() {
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.login("buyer@journey.test", "Tundra-Wobble-Spire-39");
            browser.waitForPath("/");

            // 1. two names, a preview that says plainly what confirming does
            browser.open("/domains/buy").type("names", "journey-alpha.com\njourney-beta.co").click("buy-preview");
            assertThat(browser.text("preview-statement")).contains("these 2 domains");
            assertThat(browser.text("preview-names")).contains("journey-alpha.com", "journey-beta.co");
            browser.click("buy-confirm");
            browser.waitForPath("/domains/operations/");
            assertThat(browser.text("operation-state")).contains("Accepted by Mailin");

            // 2. the job is followed to its end
            browser.click("job-link");
            browser.waitForPath("/jobs/");
            String jobPath = browser.path();
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).pollInSameThread()
                    .until(() -> browser.open(jobPath).text("job-status-badge").contains("Completed"));
            assertThat(browser.text("job-status-badge")).contains("Completed");
            assertThat(browser.text("job-subjects")).contains("journey-alpha.com", "journey-beta.co");
            browser.screenshot(Path.of("target/screenshots/job-completed.png"));
            browser.open("/jobs");
            assertThat(browser.text("jobs-table")).contains("Completed");

            // 3. both domains are in the account
            browser.open("/domains?name=journey-");
            assertThat(browser.has("domain-row-journey-alpha.com")).isTrue();
            assertThat(browser.has("domain-row-journey-beta.co")).isTrue();
            browser.screenshot(Path.of("target/screenshots/domains.png"));

            // 4. delete one after typing its name (a wrong name is refused next to the field)
            browser.find("domain-row-journey-beta.co").findElement(org.openqa.selenium.By.tagName("a")).click();
            browser.waitForPath("/domains/");
            assertThat(browser.text("delete-warning")).contains("journey-beta.co");
            browser.type("confirmName", "journey-alpha.com");
            browser.submit("delete-form");
            assertThat(browser.text("error-confirmName")).isNotBlank();
            browser.type("confirmName", "journey-beta.co");
            browser.submit("delete-form");
            browser.waitForPath("/domains");
            assertThat(browser.text("flash-success")).contains("journey-beta.co");
            browser.open("/domains?name=journey-");
            assertThat(browser.has("domain-row-journey-alpha.com")).isTrue();
            assertThat(browser.has("domain-row-journey-beta.co")).isFalse();

            // 5. both actions are in the audit log
            browser.open("/audit?action=domain&size=100");
            String audit = browser.pageText();
            assertThat(audit).contains("domains.buy", "domain.delete", "journey-alpha.com", "journey-beta.co");
            browser.open("/audit?action=mailin.domain&size=100");
            assertThat(browser.pageText()).contains("mailin.domain-buy-multiple", "mailin.domain-delete");
        }
    }
}
