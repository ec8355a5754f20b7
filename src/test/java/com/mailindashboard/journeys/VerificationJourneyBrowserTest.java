package com.mailindashboard.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mailindashboard.support.Browser;
import com.mailindashboard.support.PostgresDatabaseInitializer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.openqa.selenium.StaleElementReferenceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * Email verification in a real browser against the sandbox: one address verified in place; an
 * XLSX of 40 addresses with 3 duplicates checked (37 to send), confirmed, followed to its chart
 * without a reload; the deliverable ones downloaded; and the credits this teammate used found on
 * the credits page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "dashboard.sandbox.enabled=true", "dashboard.admin.email=verifier@journey.test",
        "dashboard.admin.password=Verifier-Quartz-Heron-58", "dashboard.data-dir=target/browser-data-verification",
        "dashboard.secret-key=verification-journey-key", "dashboard.jobs.poll-interval=500ms",
        "dashboard.jobs.initial-delay=1s", "dashboard.jobs.max-delay=2s", "dashboard.jobs.start-delay=1s"})
@ContextConfiguration(initializers = PostgresDatabaseInitializer.class)
class VerificationJourneyBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void verifyOneAddressThenAWorkbookFollowItDownloadAndFindTheCredits(@TempDir Path folder) throws IOException {
        Path xlsx = workbook(folder.resolve("leads.xlsx"));

        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.login("verifier@journey.test", "Verifier-Quartz-Heron-58");
            browser.waitForPath("/");

            // 1. one address: the verdict appears in place
            browser.click("nav-verification").waitForPath("/verification");
            browser.type("email", "ann.journey@acme-leads.io").click("single-submit");
            assertThat(browser.text("single-verdict")).isEqualTo("Deliverable");
            assertThat(browser.text("single-credits")).isEqualTo("1");
            assertThat(browser.path()).isEqualTo("/verification");
            // a second address in the same page is a new paid verification (the form got a fresh key)
            browser.type("email", "bounce.journey@acme-leads.io").click("single-submit");
            waitForText(browser, "single-result-email", "bounce.journey@acme-leads.io");
            assertThat(browser.text("single-verdict")).isEqualTo("Invalid");

            // 2. a workbook of 40 rows with 3 duplicates: 37 to send
            browser.upload("file-input", xlsx).click("file-submit");
            browser.waitForPath("/verification/checks/");
            assertThat(browser.text("count-rows")).isEqualTo("40");
            assertThat(browser.text("count-duplicates")).isEqualTo("3");
            assertThat(browser.text("count-unique")).isEqualTo("37");
            assertThat(browser.text("check-column")).contains("Email Address");
            browser.screenshot(Path.of("target/screenshots/verification-check.png"));

            // 3. confirm once; the task page follows the task to its chart by itself
            browser.click("confirm").waitForPath("/verification/tasks/");
            assertThat(browser.text("task-sent")).isEqualTo("37");
            String taskPath = browser.path();
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).pollInSameThread()
                    .until(() -> browser.has("category-chart"));
            assertThat(browser.has("category-chart")).as("the page refreshed itself to the chart").isTrue();
            assertThat(browser.path()).isEqualTo(taskPath);
            assertThat(browser.text("task-status")).isEqualTo("Finished");
            assertThat(browser.text("count-deliverable")).isEqualTo("32");
            assertThat(browser.text("count-invalid")).isEqualTo("3");
            assertThat(browser.text("count-catch_all")).isEqualTo("2");
            assertThat(browser.text("percent-deliverable")).isEqualTo("86.5 %");
            browser.screenshot(Path.of("target/screenshots/verification-task.png"));

            // 4. the deliverable addresses, through the dashboard
            String deliverable = browser.fetchText(taskPath + "/download/deliverable");
            List<String> lines = deliverable.lines().toList();
            assertThat(lines.getFirst()).isEqualTo("email,result,score");
            assertThat(lines).hasSize(33).allMatch(line -> !line.contains("bounce") && !line.contains("catchall"));
            assertThat(deliverable).doesNotContain("sandbox/storage");

            // 5. the credits this teammate used: 1 + 1 + 37
            browser.open("/verification/credits");
            assertThat(browser.text("credits-balance")).isEqualTo("12,461");
            assertThat(browser.text("per-teammate")).contains("verifier@journey.test", "39");
            browser.screenshot(Path.of("target/screenshots/verification-credits.png"));
        }
    }

    /** 40 rows, the address in the third column, 3 repeating earlier ones (in other letter case). */
    private static Path workbook(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "journey", "1.0");
            Worksheet sheet = workbook.newWorksheet("Leads");
            sheet.value(0, 0, "First name");
            sheet.value(0, 1, "Company");
            sheet.value(0, 2, "Email Address");
            IntStream.rangeClosed(1, 37).forEach(i -> {
                sheet.value(i, 0, "Lead " + i);
                sheet.value(i, 1, "Company " + i);
                sheet.value(i, 2, address(i));
            });
            sheet.value(38, 2, address(1).toUpperCase());
            sheet.value(39, 2, address(6));
            sheet.value(40, 2, address(7));
            workbook.finish();
        }
        return file;
    }

    private static String address(int i) {
        return (i <= 3 ? "bounce" : i <= 5 ? "catchall" : "lead") + i + "@journey-leads.io";
    }

    private static void waitForText(Browser browser, String dataTest, String text) {
        // htmx may replace the element while it is read: read it again
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200)).pollInSameThread()
                .ignoreException(StaleElementReferenceException.class)
                .untilAsserted(() -> assertThat(browser.text(dataTest)).isEqualTo(text));
    }
}
