package com.mailindashboard.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.mailindashboard.support.Browser;
import com.mailindashboard.support.PostgresDatabaseInitializer;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * Issue 13 in a real browser: the lead enrols an authenticator app on /account/security (QR code
 * and secret shown, confirmed by a code), signs out, and signs in again with the password and then
 * a code, landing on the overview.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "dashboard.sandbox.enabled=true", "dashboard.admin.email=lead@journey.test",
        "dashboard.admin.password=Lead-Harbor-Compass-61", "dashboard.data-dir=target/browser-data",
        "dashboard.secret-key=second-factor-journey-key", "dashboard.jobs.start-delay=1h"})
@ContextConfiguration(initializers = PostgresDatabaseInitializer.class)
class SecondFactorJourneyBrowserTest {

    private static final String LEAD = "lead@journey.test";
    private static final String PASSWORD = "Lead-Harbor-Compass-61";

    @LocalServerPort
    int port;

    @Test
    void theLeadEnrolsAnAuthenticatorAppAndSignsInWithACode() {
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.login(LEAD, PASSWORD);
            browser.waitForPath("/");
            browser.click("nav-security");
            browser.waitForPath("/account/security");
            assertThat(browser.find("qr-code").getAttribute("src")).startsWith("data:image/svg+xml;base64,");
            String secret = browser.text("secret").replace(" ", "");

            browser.type("code", Totp.code(secret, Totp.step(Instant.now()))).click("confirm");
            browser.waitForPath("/account/security");
            assertThat(browser.text("enrolled-now")).isNotBlank();
            assertThat(browser.all("[data-test='recovery-code']")).hasSize(10);
            browser.logout();

            browser.login(LEAD, PASSWORD);
            browser.waitForPath("/login/code");
            browser.open("/domains");
            browser.waitForPath("/login/code");
            // the next step's code: this step's was used by the enrolment, and one step of drift is allowed
            browser.type("code", Totp.code(secret, Totp.step(Instant.now()) + 1)).click("code-submit");
            browser.waitForPath("/domains");
            assertThat(browser.text("current-user")).contains(LEAD);
        }
    }
}
