package com.mailindashboard.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.mailindashboard.support.Browser;
import com.mailindashboard.support.PostgresDatabaseInitializer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ContextConfiguration;

/**
 * Issue 13 in a real browser: the lead enrols an authenticator app on /account/security (QR code
 * and secret shown, confirmed by a code), signs out, and signs in again with the password and then
 * a code, landing on the page asked for. Sixteen minutes later (a clock the test moves on), revealing
 * a mailbox password asks for a fresh code first, and then the reveal happens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "dashboard.sandbox.enabled=true", "dashboard.admin.email=lead@journey.test",
        "dashboard.admin.password=Lead-Harbor-Compass-61", "dashboard.data-dir=target/browser-data",
        "dashboard.secret-key=second-factor-journey-key", "dashboard.jobs.start-delay=1h"})
@ContextConfiguration(initializers = PostgresDatabaseInitializer.class)
@Import(SecondFactorJourneyBrowserTest.MovedClockConfiguration.class)
class SecondFactorJourneyBrowserTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class MovedClockConfiguration {

        @Bean
        @Primary
        MovedClock movedClock() {
            return new MovedClock();
        }
    }

    /** The system clock, moved forward by hand: time keeps running in the browser's requests. */
    static final class MovedClock extends Clock {

        private volatile Duration ahead = Duration.ZERO;

        void moveOn(Duration duration) {
            ahead = ahead.plus(duration);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(ahead);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("UTC only");
        }
    }

    private static final String LEAD = "lead@journey.test";
    private static final String PASSWORD = "Lead-Harbor-Compass-61";

    @LocalServerPort
    int port;

    @Autowired
    MovedClock clock;

    @Test
    void theLeadEnrolsAnAuthenticatorAppAndSignsInWithACode() {
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.login(LEAD, PASSWORD);
            browser.waitForPath("/");
            browser.click("nav-security");
            browser.waitForPath("/account/security");
            assertThat(browser.find("qr-code").getAttribute("src")).startsWith("data:image/svg+xml;base64,");
            String secret = browser.text("secret").replace(" ", "");

            browser.type("code", Totp.code(secret, Totp.step(clock.instant()))).click("confirm");
            browser.waitForPath("/account/security");
            assertThat(browser.text("enrolled-now")).isNotBlank();
            assertThat(browser.all("[data-test='recovery-code']")).hasSize(10);
            browser.logout();

            browser.login(LEAD, PASSWORD);
            browser.waitForPath("/login/code");
            browser.open("/domains");
            browser.waitForPath("/login/code");
            // the next step's code: this step's was used by the enrolment, and one step of drift is allowed
            browser.type("code", Totp.code(secret, Totp.step(clock.instant()) + 1)).click("code-submit");
            browser.waitForPath("/domains");
            assertThat(browser.text("current-user")).contains(LEAD);

            // past the 15 minutes, a reveal asks for a fresh code, then goes on by itself
            clock.moveOn(Duration.ofMinutes(16));
            browser.open("/mailboxes/101");
            assertThat(browser.has("revealed-password")).isFalse();
            browser.click("reveal-password");
            browser.waitForPath("/account/confirm");
            browser.type("code", Totp.code(secret, Totp.step(clock.instant()))).click("step-up-submit");
            browser.waitForPath("/mailboxes/101/password/reveal");
            assertThat(browser.text("revealed-password")).isNotBlank();
            browser.open("/audit?action=step-up");
            assertThat(browser.pageText()).contains("authenticator-app code before POST /mailboxes/101/password/reveal");
        }
    }
}
