package com.mailindashboard.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mailindashboard.support.Browser;
import com.mailindashboard.support.PostgresDatabaseInitializer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * Mailboxes in a real browser against the sandbox: a CSV with three good and two bad rows, the two
 * errors in the dry run, confirm, the job to its end, the three mailboxes listed and exported for
 * Instantly; then a Google mailbox's credentials revealed and the reveal found in the audit log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "dashboard.sandbox.enabled=true", "dashboard.admin.email=mailer@journey.test",
        "dashboard.admin.password=Plum-Kettle-Vortex-18", "dashboard.data-dir=target/browser-data",
        "dashboard.secret-key=mailbox-journey-key", "dashboard.jobs.poll-interval=500ms",
        "dashboard.jobs.initial-delay=1s", "dashboard.jobs.max-delay=2s", "dashboard.jobs.start-delay=1s"})
@ContextConfiguration(initializers = PostgresDatabaseInitializer.class)
class MailboxJourneyBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void createMailboxesFromACsvExportThemAndRevealAGoogleMailbox(@TempDir Path folder) throws IOException {
        Path csv = folder.resolve("mailboxes.csv");
        Files.writeString(csv, """
                email,name,password
                journey.one@getopener.com,Jo One,Str0ng-pass-1
                not-an-address,Broken Row,
                journey.two@getopener.com,Jo Two,
                someone@not-in-this-account.com,Stranger,
                journey.three@reachwell.com,Jo Three,Str0ng-pass-3
                """, StandardCharsets.UTF_8);
        // a second upload, checked before the first is confirmed: its first row is then taken
        Path overlapping = folder.resolve("overlapping.csv");
        Files.writeString(overlapping, """
                email,name,password
                journey.two@getopener.com,Jo Two Again,
                journey.four@reachwell.com,Jo Four,
                """, StandardCharsets.UTF_8);

        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.login("mailer@journey.test", "Plum-Kettle-Vortex-18");
            browser.waitForPath("/");

            // 1. the dry run shows every row's verdict: three good, two errors with their reasons
            browser.open("/mailboxes").click("go-create");
            browser.waitForPath("/mailboxes/new");
            browser.upload("csv-file", csv).click("dry-run");
            assertThat(browser.text("count-valid")).isEqualTo("3");
            assertThat(browser.text("count-errors")).isEqualTo("2");
            assertThat(browser.text("dry-run-rows")).contains("not-an-address", "not-in-this-account.com");
            browser.screenshot(Path.of("target/screenshots/mailbox-dry-run.png"));
            String firstDryRun = browser.path();
            browser.open("/mailboxes/new");
            browser.upload("csv-file", overlapping).click("dry-run");
            assertThat(browser.text("count-valid")).isEqualTo("2");
            String secondDryRun = browser.path();

            // 2. confirm once; the progress page follows the job to its end
            browser.open(firstDryRun);
            browser.clickAndConfirm("confirm");
            browser.waitForPath(firstDryRun + "/progress");
            awaitFinished(browser);
            assertThat(browser.text("created-mailboxes")).contains("journey.one@getopener.com",
                    "journey.two@getopener.com", "journey.three@reachwell.com");

            // 2b. the second upload: Mailin refuses the taken row by its index; the row shows its own
            //     reason, and the other row is sent again as a new request
            browser.open(secondDryRun);
            browser.clickAndConfirm("confirm");
            browser.waitForPath(secondDryRun + "/progress");
            awaitFinished(browser);
            assertThat(browser.text("failed-rows")).contains("journey.two@getopener.com", "already exists")
                    .contains("journey.four@reachwell.com", "because of errors in other rows");
            browser.screenshot(Path.of("target/screenshots/mailbox-row-errors.png"));
            browser.click("resend");
            browser.waitForPath("/mailboxes/new/");
            awaitFinished(browser);
            assertThat(browser.text("created-mailboxes")).contains("journey.four@reachwell.com");
            assertThat(browser.text("failed-rows")).contains("journey.two@getopener.com")
                    .doesNotContain("journey.four@reachwell.com");
            assertThat(browser.has("resend")).isFalse();

            // 3. the three mailboxes are in the account
            browser.open("/mailboxes?name=journey.");
            assertThat(browser.pageText()).contains("journey.one@getopener.com", "journey.two@getopener.com",
                    "journey.three@reachwell.com");

            // 4. exported for Instantly as a background job: progress, then the file with the header
            //    its importer expects and the rows
            browser.open("/mailboxes/export");
            new Select(browser.find("export-format")).selectByValue("INSTANTLY");
            new Select(browser.all("#provider").getFirst()).selectByValue("SMTP");
            browser.type("domain", "getopener.com");
            browser.click("export-passwords").click("export-submit");
            browser.waitForPath("/mailboxes/export/jobs/");
            assertThat(browser.has("export-progress")).isTrue();
            // the page refreshes itself with htmx while the export runs
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).pollInSameThread()
                    .until(() -> browser.has("export-download"));
            assertThat(browser.text("export-state")).isEqualTo("Ready");
            assertThat(browser.text("export-counts")).contains("rows written");
            String export = browser.fetchText(browser.find("export-download").getDomAttribute("href"));
            assertThat(export.lines().findFirst()).contains("Email,First Name,Last Name,IMAP Username,IMAP Password,"
                    + "IMAP Host,IMAP Port,SMTP Username,SMTP Password,SMTP Host,SMTP Port");
            assertThat(export).contains("journey.one@getopener.com,Jo,One,journey.one@getopener.com,Str0ng-pass-1,",
                    "journey.two@getopener.com,Jo,Two,");

            // 5. a Google mailbox's credentials, masked until revealed, and the reveal is audited
            browser.open("/mailboxes/google");
            org.openqa.selenium.WebElement firstGoogle = browser.all("[data-test^='mailbox-row-'] a").getFirst();
            String address = firstGoogle.getText();
            firstGoogle.click();
            browser.waitForPath("/mailboxes/");
            assertThat(browser.has("revealed-password")).isFalse();
            browser.click("reveal-credentials");
            assertThat(browser.text("revealed-password")).isNotBlank();
            assertThat(browser.text("revealed-app-password")).isNotBlank();
            browser.open("/audit?action=mailboxes.reveal&size=100");
            assertThat(browser.pageText()).contains("mailboxes.reveal-credentials", "mailer@journey.test");
            assertThat(browser.all("table").getFirst().findElement(By.tagName("tbody")).getText()).contains(address);
        }
    }

    /** Reloads the creation progress page until it says finished. */
    private static void awaitFinished(Browser browser) {
        String path = browser.path();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).pollInSameThread()
                .until(() -> browser.open(path).has("progress-finished"));
        assertThat(browser.has("progress-finished")).isTrue();
    }
}
