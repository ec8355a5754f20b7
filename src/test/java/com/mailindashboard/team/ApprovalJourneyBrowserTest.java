package com.mailindashboard.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.mailindashboard.support.Browser;
import com.mailindashboard.support.PostgresDatabaseInitializer;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * Issue 13's approvals in a real browser against the sandbox: the lead enrols an authenticator app,
 * signs out and in again with a code, requires approval for purchases on /settings; an operator's
 * purchase then waits for approval (nothing bought); the lead sees it counted in the navigation,
 * opens it with the names the operator confirmed, approves it, and the purchase job completes; the
 * operator is told.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "dashboard.sandbox.enabled=true", "dashboard.admin.email=approver@journey.test",
        "dashboard.admin.password=Lead-Harbor-Compass-61", "dashboard.data-dir=target/browser-data",
        "dashboard.secret-key=approval-journey-key", "dashboard.jobs.poll-interval=500ms",
        "dashboard.jobs.initial-delay=1s", "dashboard.jobs.max-delay=2s", "dashboard.jobs.start-delay=1s"})
@ContextConfiguration(initializers = PostgresDatabaseInitializer.class)
class ApprovalJourneyBrowserTest {

    private static final String LEAD = "approver@journey.test";
    private static final String PASSWORD = "Lead-Harbor-Compass-61";
    private static final String OPERATOR_PASSWORD = "Quiet-Lantern-Fjord-82";

    @LocalServerPort
    int port;
    @Autowired
    TeamService team;

    /** The last TOTP step used: every sign-in needs a later one (a code is accepted once). */
    private final AtomicLong lastStep = new AtomicLong();

    @Test
    void anOperatorsPurchaseWaitsForTheLeadsApprovalThenCompletes() {
        String operator = operator();
        try (Browser browser = new Browser("http://localhost:" + port)) {
            // 1. the lead enrols an authenticator app, signs out, signs in with a code
            browser.login(LEAD, PASSWORD);
            browser.waitForPath("/");
            browser.click("nav-security");
            browser.waitForPath("/account/security");
            String secret = browser.text("secret").replace(" ", "");
            browser.type("code", freshCode(secret)).click("confirm");
            browser.waitForPath("/account/security");
            assertThat(browser.text("enrolled-now")).isNotBlank();
            browser.logout();
            signInWithCode(browser, secret);

            // 2. purchases of more than one name need a second teammate (admins approve)
            browser.open("/settings");
            browser.type("purchaseNamesOver", "1").click("policy-save");
            browser.waitForPath("/settings");
            assertThat(browser.text("flash-success")).contains("Approval policy saved");
            browser.logout();

            // 3. the operator's purchase waits: nothing is bought yet
            browser.login(operator, OPERATOR_PASSWORD);
            browser.waitForPath("/");
            browser.open("/domains/buy").type("names", "approved-alpha.com\napproved-beta.co").click("buy-preview");
            assertThat(browser.text("preview-names")).contains("approved-alpha.com", "approved-beta.co");
            browser.click("buy-confirm");
            browser.waitForPath("/approvals/");
            String approvalPath = browser.path();
            assertThat(browser.text("approval-held")).contains("nothing was sent to Mailin");
            assertThat(browser.text("approval-waiting")).contains("Waiting for approval");
            assertThat(browser.has("approval-approve")).isFalse();
            browser.open("/domains?name=approved-");
            assertThat(browser.has("domain-row-approved-alpha.com")).isFalse();
            browser.logout();

            // 4. the lead sees it counted, opens it with the exact names, approves it
            signInWithCode(browser, secret);
            assertThat(browser.text("approvals-pending-count")).isEqualTo("1");
            browser.click("nav-approvals");
            browser.waitForPath("/approvals");
            browser.open(approvalPath);
            assertThat(browser.text("approval-requested-by")).isEqualTo(operator);
            assertThat(browser.text("approval-preview")).contains("approved-alpha.com", "approved-beta.co", "SMTP");
            browser.click("approval-approve");
            browser.waitForPath("/domains/operations/");
            assertThat(browser.text("operation-state")).contains("Accepted by Mailin");

            // 5. the purchase job completes
            browser.click("job-link");
            browser.waitForPath("/jobs/");
            String jobPath = browser.path();
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (!browser.text("job-status-badge").contains("Completed") && Instant.now().isBefore(deadline)) {
                sleep(1000);
                browser.open(jobPath);
            }
            assertThat(browser.text("job-status-badge")).contains("Completed");
            browser.open(approvalPath);
            assertThat(browser.text("approval-state")).contains("Approved");
            assertThat(browser.text("approval-decided-by")).contains(LEAD);
            browser.logout();

            // 6. the operator is told in the app
            browser.login(operator, OPERATOR_PASSWORD);
            browser.waitForPath("/");
            assertThat(browser.pageText()).contains("was approved by " + LEAD);
        }
    }

    /** An operator who has set their own password already (the journey is about approvals, not onboarding). */
    private String operator() {
        NewTeammateForm form = new NewTeammateForm();
        form.setEmail("buyer-operator@journey.test");
        form.setDisplayName("Journey Operator");
        form.setRole(Role.OPERATOR);
        IssuedPassword issued = team.add(form);
        PasswordChangeForm change = new PasswordChangeForm();
        change.setCurrentPassword(issued.password());
        change.setNewPassword(OPERATOR_PASSWORD);
        change.setConfirmPassword(OPERATOR_PASSWORD);
        team.changeOwnPassword(issued.email(), change, null, "198.51.100.7");
        return issued.email();
    }

    private void signInWithCode(Browser browser, String secret) {
        browser.login(LEAD, PASSWORD);
        browser.waitForPath("/login/code");
        browser.type("code", freshCode(secret)).click("code-submit");
        browser.waitForPath("/");
    }

    /** The code of a step not used yet, waiting for the next one when this one was used. */
    private String freshCode(String secret) {
        long step = Totp.step(Instant.now());
        while (step <= lastStep.get()) {
            sleep(500);
            step = Totp.step(Instant.now());
        }
        lastStep.set(step);
        return Totp.code(secret, step);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
