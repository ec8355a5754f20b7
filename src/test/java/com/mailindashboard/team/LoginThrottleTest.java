package com.mailindashboard.team;

import static com.mailindashboard.team.TeamFixtures.fromIp;
import static com.mailindashboard.team.TeamFixtures.uniqueEmail;
import static com.mailindashboard.team.TeamFixtures.uniqueIp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mailindashboard.support.IntegrationTest;
import com.mailindashboard.support.MutableClock;
import com.mailindashboard.team.TeamFixtures.AuditRow;
import com.mailindashboard.team.TeamFixtures.Teammate;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Real form logins against the real throttle: five failures for one account, or from one address,
 * within the window lock further attempts (even with the right password) for the lockout. Time is
 * a clock the test moves, so the windows are the configured ones and nothing sleeps.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(LoginThrottleTest.ControlledClock.class)
class LoginThrottleTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class ControlledClock {

        @Bean
        @Primary
        MutableClock controlledClock() {
            return new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));
        }
    }

    private final MockMvc mvc;
    private final MutableClock clock;
    private final MessageSource messages;
    private final TeamFixtures fixtures;
    private final int maxFailures;
    private final Duration window;
    private final Duration lockout;

    @Autowired
    LoginThrottleTest(MockMvc mvc, TeamService team, TeamUserDetailsService users, JdbcTemplate jdbc,
                      MutableClock clock, MessageSource messages,
                      LoginThrottleProperties throttle) {
        this.mvc = mvc;
        this.clock = clock;
        this.messages = messages;
        this.fixtures = new TeamFixtures(team, users, jdbc, mvc);
        this.maxFailures = throttle.maxFailures();
        this.window = throttle.window();
        this.lockout = throttle.lockout();
    }

    @Test
    void theConfiguredLimitsAreTheDocumentedOnes() {
        assertThat(maxFailures).isEqualTo(5);
        assertThat(window).isEqualTo(Duration.ofMinutes(15));
        assertThat(lockout).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void theRightPasswordLogsInAndIsAudited() throws Exception {
        Teammate teammate = fixtures.teammate(Role.OPERATOR);

        MvcResult login = fixtures.login(teammate.email(), teammate.password());

        assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/");
        mvc.perform(get("/profile/password").cookie(TeamFixtures.session(login))).andExpect(status().isOk());
        assertThat(fixtures.audit("login.success", teammate.email()))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.outcome()).isEqualTo("SUCCESS");
                    assertThat(row.actorEmail()).isEqualTo(teammate.email());
                });
    }

    @Test
    void theEmailIsNotCaseSensitive() throws Exception {
        Teammate teammate = fixtures.teammate(Role.VIEWER);

        MvcResult login = fixtures.login(teammate.email().toUpperCase(Locale.ROOT), teammate.password());

        assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void aWrongPasswordGoesBackToTheLoginPageAndIsAudited() throws Exception {
        Teammate teammate = fixtures.teammate(Role.OPERATOR);

        MvcResult login = fixtures.login(teammate.email(), "not-the-password");

        assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        // with whatever cookies the refused login left (no session that is logged in)
        MockHttpServletRequestBuilder next = get("/");
        if (login.getResponse().getCookies().length > 0) {
            next.cookie(login.getResponse().getCookies());
        }
        mvc.perform(next).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        assertThat(fixtures.audit("login.failure", teammate.email()))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.outcome()).isEqualTo("FAILURE");
                    assertThat(row.summary()).isEqualTo("bad credentials");
                });
        assertThat(fixtures.audit("login.success", teammate.email())).isEmpty();
    }

    @Test
    void anUnknownAccountLooksLikeAWrongPassword() throws Exception {
        String nobody = uniqueEmail("nobody");

        assertThat(fixtures.login(nobody, "whatever-password").getResponse().getRedirectedUrl())
                .isEqualTo("/login?error");
        assertThat(fixtures.audit("login.failure", nobody)).hasSize(1);
    }

    @Test
    void fiveFailuresForOneAccountLockItEvenForTheRightPasswordAndFromAnyAddress() throws Exception {
        Teammate teammate = fixtures.teammate(Role.OPERATOR);
        failLogins(teammate.email(), maxFailures);

        MvcResult refused = fixtures.login(teammate.email(), teammate.password());

        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login?locked");
        assertThat(fixtures.audit("login.success", teammate.email())).isEmpty();
        assertThat(fixtures.audit("login.refused", teammate.email()))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.outcome()).isEqualTo("DENIED");
                    assertThat(row.summary()).startsWith("throttled until");
                });
        // refused attempts are not failures: they neither extend the lock nor count again
        assertThat(fixtures.audit("login.failure", teammate.email())).hasSize(maxFailures);
        // the lock is the account's, not the addresses': another teammate is not affected
        Teammate other = fixtures.teammate(Role.OPERATOR);
        assertThat(fixtures.login(other.email(), other.password()).getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void oneFailureLessThanTheLimitDoesNotLockAndASuccessStartsTheCountAgain() throws Exception {
        Teammate teammate = fixtures.teammate(Role.VIEWER);

        failLogins(teammate.email(), maxFailures - 1);
        assertThat(fixtures.login(teammate.email(), teammate.password()).getResponse().getRedirectedUrl())
                .isEqualTo("/");
        failLogins(teammate.email(), maxFailures - 1);
        assertThat(fixtures.login(teammate.email(), teammate.password()).getResponse().getRedirectedUrl())
                .isEqualTo("/");
    }

    @Test
    void fiveFailuresFromOneAddressLockThatAddressForEveryAccount() throws Exception {
        String ip = uniqueIp();
        for (int i = 0; i < maxFailures; i++) {
            Teammate victim = fixtures.teammate(Role.VIEWER);
            assertThat(fixtures.login(victim.email(), "wrong-password-" + i, ip).getResponse().getRedirectedUrl())
                    .isEqualTo("/login?error");
        }
        Teammate teammate = fixtures.teammate(Role.OPERATOR);

        assertThat(fixtures.login(teammate.email(), teammate.password(), ip).getResponse().getRedirectedUrl())
                .isEqualTo("/login?locked");
        assertThat(fixtures.audit("login.refused", teammate.email())).singleElement()
                .extracting(AuditRow::outcome).isEqualTo("DENIED");
        // from another address the same teammate gets in
        assertThat(fixtures.login(teammate.email(), teammate.password(), uniqueIp()).getResponse()
                .getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void theLockEndsWhenTheLockoutHasPassed() throws Exception {
        Teammate teammate = fixtures.teammate(Role.OPERATOR);
        failLogins(teammate.email(), maxFailures);

        clock.advance(lockout.minusSeconds(1));
        assertThat(fixtures.login(teammate.email(), teammate.password()).getResponse().getRedirectedUrl())
                .isEqualTo("/login?locked");

        clock.advance(Duration.ofSeconds(2));
        assertThat(fixtures.login(teammate.email(), teammate.password()).getResponse().getRedirectedUrl())
                .isEqualTo("/");
    }

    @Test
    void theLockoutCountsFromTheLastFailureNotTheFirst() throws Exception {
        Teammate teammate = fixtures.teammate(Role.OPERATOR);
        // the failures spread over most of the window: first at 0, the others at 11..14 minutes
        failLogins(teammate.email(), 1);
        clock.advance(Duration.ofMinutes(11));
        for (int i = 1; i < maxFailures; i++) {
            failLogins(teammate.email(), 1);
            clock.advance(Duration.ofMinutes(1));
        }
        // now: 15 minutes after the first failure, 1 minute after the last one; then 10 more minutes
        clock.advance(Duration.ofMinutes(10));

        assertThat(fixtures.login(teammate.email(), teammate.password()).getResponse().getRedirectedUrl())
                .isEqualTo("/login?locked");
    }

    @Test
    void failuresSpreadWiderThanTheWindowDoNotLock() throws Exception {
        Teammate teammate = fixtures.teammate(Role.OPERATOR);
        failLogins(teammate.email(), 1);
        clock.advance(window.plusMinutes(1));
        failLogins(teammate.email(), maxFailures - 1);

        assertThat(fixtures.login(teammate.email(), teammate.password()).getResponse().getRedirectedUrl())
                .isEqualTo("/");
    }

    @Test
    void theLoginPageExplainsEachOutcome() throws Exception {
        assertThat(loginPage("/login?locked")).contains(html("login.locked", 15)).doesNotContain(html("login.error"));
        assertThat(loginPage("/login?error")).contains(html("login.error")).doesNotContain(html("login.locked", 15));
        assertThat(loginPage("/login?error=disabled")).contains(html("login.disabled"))
                .doesNotContain(html("login.error"));
        assertThat(loginPage("/login")).doesNotContain(html("login.locked", 15), html("login.error"),
                html("login.disabled"));
    }

    /** Fails to log in {@code times} times, each from another address so no address lock builds up. */
    private void failLogins(String email, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            assertThat(fixtures.login(email, "wrong-password-" + i).getResponse().getRedirectedUrl())
                    .isEqualTo("/login?error");
        }
    }

    private String loginPage(String url) throws Exception {
        return mvc.perform(get(url).with(fromIp(uniqueIp()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private String html(String key, Object... args) {
        return TeamFixtures.html(messages, key, args);
    }
}
