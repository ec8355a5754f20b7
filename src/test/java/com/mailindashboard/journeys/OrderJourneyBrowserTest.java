package com.mailindashboard.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mailindashboard.support.Browser;
import com.mailindashboard.support.PostgresDatabaseInitializer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.support.ui.Select;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * Microsoft orders in a real browser against the sandbox: add a registrar and an inbox provider,
 * order mailboxes built from three people on a bought domain, follow the order to ready, see the
 * nameservers and mailboxes, reveal one password (and find it in the audit log), watch the upload
 * end, and export the Instantly CSV.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "dashboard.sandbox.enabled=true", "dashboard.admin.email=orders@journey.test",
        "dashboard.admin.password=Orders-Tundra-Maple-47", "dashboard.data-dir=target/browser-data",
        "dashboard.secret-key=order-journey-key", "dashboard.jobs.poll-interval=500ms",
        "dashboard.jobs.initial-delay=1s", "dashboard.jobs.max-delay=2s", "dashboard.jobs.start-delay=1s"})
@ContextConfiguration(initializers = PostgresDatabaseInitializer.class)
class OrderJourneyBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void addIntegrationsOrderMailboxesFollowTheOrderRevealAPasswordAndExport() {
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.login("orders@journey.test", "Orders-Tundra-Maple-47");
            browser.waitForPath("/");

            // 1. a registrar and an inbox provider, with the fields of their kind
            browser.open("/integrations").click("add-registrars");
            new Select(browser.find("integration-form").findElement(org.openqa.selenium.By.id("type"))).selectByValue("porkbun");
            browser.type("name", "Journey Porkbun").type("apiKey", "pk-journey-key").type("secretApiKey", "sk-journey-secret");
            browser.click("integration-save");
            // the form's own path starts with /integrations too: wait for the saved row itself
            assertThat(browser.find("registrars-row-Journey Porkbun").isDisplayed()).isTrue();

            browser.click("add-providers");
            new Select(browser.find("integration-form").findElement(org.openqa.selenium.By.id("type"))).selectByValue("instantly");
            assertThat(browser.find("field-workspaceId").isDisplayed()).isFalse(); // not an Instantly field
            browser.type("name", "Journey Instantly").type("apiKey", "inst-journey-key");
            browser.click("integration-save");
            assertThat(browser.find("providers-row-Journey Instantly").isDisplayed()).isTrue();
            assertThat(browser.pageText()).doesNotContain("inst-journey-key", "sk-journey-secret");

            // 2. a new order: a domain to buy, 100 mailboxes built from three people, the new provider
            browser.open("/orders/new").type("domain", "journey-microsoft.com")
                    .type("people", "Jane Doe\nJohn Smith\nAna Lee");
            browser.click("build-mailboxes");
            assertThat(browser.text("builder-done")).contains("100");
            assertThat(browser.text("line-count")).contains("100 of 100");
            new Select(browser.find("provider-select")).selectByVisibleText("Journey Instantly (instantly)");
            browser.click("order-preview");
            assertThat(browser.text("preview-statement")).contains("100 Microsoft 365 mailboxes on journey-microsoft.com")
                    .contains("BUYS the domain journey-microsoft.com");
            assertThat(browser.text("preview-provider")).contains("Journey Instantly");
            browser.screenshot(Path.of("target/screenshots/order-preview.png"));
            browser.click("order-confirm");
            browser.waitForPath("/orders/operations/");
            assertThat(browser.text("operation-state")).contains("Placed");

            // 3. the job finds the order (Z1 gives no id) and follows it to ready
            String operation = browser.path();
            waitUntil(browser, operation, () -> browser.has("order-link"));
            browser.click("order-link");
            browser.waitForPath("/orders/");
            String orderPath = browser.path();
            waitUntil(browser, orderPath, () -> browser.has("upload-ended"));
            assertThat(browser.text("order-status")).contains("ready");
            assertThat(browser.all("[data-test='nameserver']")).hasSize(2);
            assertThat(browser.text("upload-counts")).contains("97 of 100 uploaded").contains("2 failed");
            assertThat(browser.text("timeline")).contains("Ready").contains("Uploaded to the inbox provider");
            assertThat(browser.all("[data-test='mailbox-table'] tbody tr")).hasSize(100);
            assertThat(browser.text("mailbox-table")).contains("jane.doe@journey-microsoft.com").doesNotContain("Ms");

            // 4. one password revealed in place, and the reveal is in the audit log
            browser.click("reveal-jane.doe@journey-microsoft.com");
            String password = browser.text("revealed-password");
            assertThat(password).startsWith("Ms").hasSizeGreaterThan(8);
            browser.screenshot(Path.of("target/screenshots/order-page.png"));
            browser.open("/audit?action=orders&size=100");
            assertThat(browser.pageText()).contains("orders.reveal-password", "jane.doe@journey-microsoft.com",
                    "orders.place").doesNotContain(password);

            // 5. the job ended and the Instantly CSV has Microsoft's hosts
            // the page reads Z11 live, the job only at its next poll: wait for that poll, not a fixed time
            browser.open(orderPath);
            waitUntil(browser, orderPath, () -> browser.text("job-status").contains("Completed"));
            assertThat(browser.text("job-status")).contains("Completed");
            String csv = browser.fetchText(orderPath + "/export.csv?format=INSTANTLY&includePasswords=true");
            String[] lines = csv.split("\r?\n"); // the browser hands the text over with plain line feeds
            assertThat(lines).hasSize(101);
            assertThat(lines[0]).isEqualTo("Email,First Name,Last Name,IMAP Username,IMAP Password,IMAP Host,IMAP Port,"
                    + "SMTP Username,SMTP Password,SMTP Host,SMTP Port");
            assertThat(csv).contains("jane.doe@journey-microsoft.com,Jane,Doe,jane.doe@journey-microsoft.com," + password
                    + ",outlook.office365.com,993,jane.doe@journey-microsoft.com," + password + ",smtp.office365.com,587");
            browser.open("/orders");
            assertThat(browser.has("order-row-journey-microsoft.com")).isTrue();
            browser.screenshot(Path.of("target/screenshots/orders.png"));
        }
    }

    private static void waitUntil(Browser browser, String path, BooleanSupplier done) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).pollInSameThread()
                .until(() -> {
                    if (done.getAsBoolean()) {
                        return true;
                    }
                    browser.open(path);
                    return done.getAsBoolean();
                });
        assertThat(done.getAsBoolean()).as("reached in time on " + path).isTrue();
    }
}
