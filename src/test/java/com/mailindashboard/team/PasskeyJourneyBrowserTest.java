package com.mailindashboard.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.mailindashboard.support.Browser;
import com.mailindashboard.support.PostgresDatabaseInitializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Passkeys in a real browser (issue 13), with Chromium's virtual authenticator: the lead registers a
 * passkey on /account/security (our passkeys.js and Spring Security's registration endpoints), signs
 * out, signs in with the password and then the passkey instead of a code, and later proves it is
 * them again with the passkey before a mailbox password is revealed. The server listens on a port
 * chosen up front: the passkey's origin (http://localhost:port) is the default allowed origin.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        "dashboard.sandbox.enabled=true", "dashboard.admin.email=lead@passkey.test",
        "dashboard.admin.password=Lead-Harbor-Compass-61", "dashboard.data-dir=target/browser-data",
        "dashboard.secret-key=passkey-journey-key", "dashboard.jobs.start-delay=1h"})
@ContextConfiguration(initializers = PostgresDatabaseInitializer.class)
@Import(SecondFactorJourneyBrowserTest.MovedClockConfiguration.class)
class PasskeyJourneyBrowserTest {

    private static final String LEAD = "lead@passkey.test";
    private static final String PASSWORD = "Lead-Harbor-Compass-61";
    private static final int PORT = freePort();

    @DynamicPropertySource
    static void port(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
    }

    @Autowired
    SecondFactorJourneyBrowserTest.MovedClock clock;

    @Autowired
    Passkeys passkeys;

    @Test
    void theLeadRegistersAPasskeyAndUsesItAfterThePasswordAndBeforeASecret() {
        try (Browser browser = new Browser("http://localhost:" + PORT).withVirtualAuthenticator()) {
            browser.login(LEAD, PASSWORD);
            browser.waitForPath("/");
            browser.open("/account/security");
            assertThat(browser.has("no-passkeys")).isTrue();
            browser.type("passkey-label", "Virtual laptop").click("passkey-register");
            assertThat(browser.text("passkey-label")).isEqualTo("Virtual laptop");
            assertThat(passkeys.list(LEAD)).extracting(Passkeys.Passkey::label).containsExactly("Virtual laptop");
            browser.logout();

            browser.login(LEAD, PASSWORD);
            browser.waitForPath("/login/code");
            assertThat(browser.has("code-submit")).isFalse();
            browser.open("/domains");
            browser.waitForPath("/login/code");
            browser.click("passkey-sign-in");
            browser.waitForPath("/domains");
            assertThat(browser.text("current-user")).contains(LEAD);

            // past the 15 minutes, a reveal asks for a fresh proof: the passkey again, then the reveal
            clock.moveOn(Duration.ofMinutes(16));
            browser.open("/mailboxes/101");
            browser.click("reveal-password");
            browser.waitForPath("/account/confirm");
            assertThat(browser.has("step-up-code")).isFalse();
            browser.click("passkey-sign-in");
            browser.waitForPath("/mailboxes/101/password/reveal");
            assertThat(browser.text("revealed-password")).isNotBlank();
            browser.open("/audit?action=step-up");
            assertThat(browser.pageText()).contains("passkey before POST /mailboxes/101/password/reveal");
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
