package com.mailindashboard.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.mailindashboard.support.Browser;
import com.mailindashboard.support.PostgresDatabaseInitializer;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * The foundation journey in a real browser against the real application on PostgreSQL, with the
 * sandbox as the live upstream: first admin through /setup with the token from the log, connect
 * to the sandbox, see the account, add a viewer, find every write refused for them, and find it
 * all in the audit log.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "dashboard.admin.email=", "dashboard.admin.password=", "dashboard.sandbox.enabled=false",
        "dashboard.data-dir=target/browser-data", "dashboard.secret-key=browser-journey-key"})
@ContextConfiguration(initializers = PostgresDatabaseInitializer.class)
class FoundationJourneyBrowserTest {

    private static final Pattern SETUP_TOKEN = Pattern.compile("one-time setup token: ([0-9a-f]{24})");
    private static final String ADMIN = "owner@journey.test";
    private static final String ADMIN_PASSWORD = "Mosaic-Ferry-Glint-64";
    private static final String VIEWER = "viewer@journey.test";
    private static final String VIEWER_PASSWORD = "Pebble-Harbor-Zenith-71";

    @LocalServerPort
    int port;

    @Test
    void firstAdminConnectsTheSandboxAndAViewerCannotWrite(CapturedOutput output) {
        Matcher token = SETUP_TOKEN.matcher(output.getAll());
        assertThat(token.find()).as("the setup token is in the log").isTrue();

        try (Browser browser = new Browser("http://localhost:" + port)) {
            // 1. the first visit leads to /setup; a wrong token is refused next to the field
            browser.open("/").waitForPath("/setup");
            browser.type("setupToken", "not-the-token").type("email", ADMIN).type("displayName", "Olive Owner")
                    .type("password", ADMIN_PASSWORD).type("confirmPassword", ADMIN_PASSWORD).click("setup-submit");
            assertThat(browser.text("error-setupToken")).contains("not the setup token");
            assertThat(browser.find("error-setupToken").isDisplayed()).isTrue();
            browser.type("setupToken", token.group(1)).type("password", ADMIN_PASSWORD)
                    .type("confirmPassword", ADMIN_PASSWORD).click("setup-submit");
            browser.waitForPath("/login");
            assertThat(browser.has("setup-done")).isTrue();

            // 2. log in; Mailin is not connected yet, which the overview says plainly
            browser.login(ADMIN, ADMIN_PASSWORD);
            browser.waitForPath("/");
            assertThat(browser.text("mailin-problem")).contains("not connected");

            // 3. connect to the sandbox and test the connection
            browser.open("/settings").click("sandbox-switch").click("settings-save");
            assertThat(browser.text("flash-success")).contains("saved");
            assertThat(browser.has("sandbox-banner")).isTrue();
            browser.click("settings-test");
            assertThat(browser.text("tested-user")).contains("Sandbox Outbound Co");
            browser.screenshot(Path.of("target/screenshots/settings.png"));

            // 4. the overview shows the sandbox account
            browser.open("/");
            assertThat(browser.text("account-org")).isEqualTo("Sandbox Outbound Co");
            assertThat(browser.text("servers-up")).isEqualTo("2 up");
            assertThat(browser.text("servers-down")).isEqualTo("1 down");
            assertThat(browser.text("verification-credits")).isEqualTo("12,500");
            browser.screenshot(Path.of("target/screenshots/overview.png"));

            // 5. add a viewer; the temporary password is shown once
            browser.open("/team").type("email", VIEWER).type("displayName", "Vic Viewer");
            browser.all("#role option[value='VIEWER']").getFirst().click();
            browser.click("add-teammate");
            String temporary = browser.text("temporary-password-value");
            assertThat(temporary).hasSizeGreaterThanOrEqualTo(12);
            browser.screenshot(Path.of("target/screenshots/team.png"));
            browser.logout();

            // 6. the viewer must change the temporary password first
            browser.login(VIEWER, temporary);
            browser.waitForPath("/profile/password");
            browser.open("/servers").waitForPath("/profile/password");
            browser.type("currentPassword", temporary).type("newPassword", VIEWER_PASSWORD)
                    .type("confirmPassword", VIEWER_PASSWORD).click("password-submit");
            browser.waitForPath("/");
            assertThat(browser.text("account-org")).isEqualTo("Sandbox Outbound Co");

            // 7. the viewer reads but every write is refused by the server, whatever the page shows
            assertThat(browser.pageText()).doesNotContain("Team").doesNotContain("Settings");
            browser.open("/servers");
            assertThat(browser.has("servers-table")).isTrue();
            browser.open("/settings");
            assertThat(browser.has("error-403")).isTrue();
            browser.open("/team");
            assertThat(browser.has("error-403")).isTrue();
            browser.open("/");
            assertThat(browser.postFromPage("/team", "email=sneaky%40journey.test&displayName=S&role=ADMIN"))
                    .isEqualTo(403);
            assertThat(browser.postFromPage("/settings", "baseUrl=https%3A%2F%2Fevil.test&sandbox=false"))
                    .isEqualTo(403);
            assertThat(browser.postFromPage("/settings/test", "")).isEqualTo(403);
            assertThat(browser.postFromPage("/team/1/role", "role=VIEWER")).isEqualTo(403);
            assertThat(browser.postFromPage("/servers/201", "")).isEqualTo(403);
            browser.logout();

            // 8. the audit log lists it all
            browser.login(ADMIN, "wrong-password-000");
            browser.waitForPath("/login?error");
            browser.login(ADMIN, ADMIN_PASSWORD);
            browser.waitForPath("/");
            browser.open("/audit?size=100");
            String audit = browser.pageText();
            assertThat(audit).contains("team.first-admin", "login.success", "login.failure", "logout",
                    "settings.connection", "settings.test-connection", "team.add", "profile.password",
                    "access.denied", VIEWER, ADMIN);
            browser.screenshot(Path.of("target/screenshots/audit.png"));
        }
    }
}
