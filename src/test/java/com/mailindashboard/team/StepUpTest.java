package com.mailindashboard.team;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.mailindashboard.support.WireMockMailin.PUBLIC;
import static com.mailindashboard.team.TeamFixtures.fromIp;
import static com.mailindashboard.team.TeamFixtures.uniqueIp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.mailindashboard.support.MutableClock;
import com.mailindashboard.support.WireMockMailin;
import com.mailindashboard.support.WireMockPageTest;
import com.mailindashboard.team.TeamFixtures.Teammate;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A fresh proof before secrets and settings (issue 13): through the real form login, the real
 * authorization rules, the real throttle and Mailin played by WireMock; time is a clock the test
 * moves, and both the password factor and the code factor are issued on it.
 */
@Import(LoginThrottleTest.ControlledClock.class)
class StepUpTest extends WireMockPageTest {

    private static final WireMockServer MAILIN = WireMockMailin.server();
    private static final String SMTP_PASSWORD = "Step-Up-Secret-5531";

    private final MutableClock clock;
    private final JdbcTemplate jdbc;
    private final SecondFactorService factors;
    private final TeamFixtures fixtures;

    @Autowired
    StepUpTest(TeamService team, TeamUserDetailsService users, JdbcTemplate jdbc, MutableClock clock,
               SecondFactorService factors) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.factors = factors;
        this.fixtures = new TeamFixtures(team, users, jdbc, null);
    }

    private String codeNow(String secret) {
        return Totp.code(secret, Totp.step(clock.instant()));
    }

    /** A browser's session cookie (sessions live in the database), replaced when an answer sets a new one. */
    private static final class Browser {
        private Cookie session;
    }

    private Browser signIn(Teammate teammate) throws Exception {
        Browser browser = new Browser();
        browser.session = TeamFixtures.session(mvc.perform(post("/login").param("username", teammate.email())
                .param("password", teammate.password()).with(csrf()).with(fromIp(uniqueIp()))).andReturn());
        return browser;
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, Browser browser) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(csrf()).with(fromIp(uniqueIp()))
                .cookie(browser.session)).andReturn().getResponse();
        Cookie renewed = response.getCookie("SESSION");
        if (renewed != null && renewed.getMaxAge() != 0) {
            browser.session = renewed;
        }
        return response;
    }

    private static void stubMailbox(long id) {
        MAILIN.stubFor(WireMock.get(urlPathEqualTo(PUBLIC + "/mailboxes/" + id)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id": %d, "domain_id": 1, "name": "John Doe", "username": "step.up@example.com",
                         "password": "%s", "redirect_email": null, "status": "Active", "rate_limit": "500 / 1h",
                         "created_at": "2023-10-27T11:00:00.000000Z", "updated_at": "2023-10-28T11:00:00.000000Z"}
                        """.formatted(id, SMTP_PASSWORD))));
    }

    /** The token the continuing form carries, from the page shown once the proof was right. */
    private static String continuingToken(MockHttpServletResponse confirmed, String action) throws Exception {
        String html = confirmed.getContentAsString();
        assertThat(html).contains("action=\"" + action + "\"", "data-auto-submit");
        Matcher token = Pattern.compile("name=\"_stepUp\" value=\"([^\"]+)\"").matcher(html);
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    @Test
    void aRevealAfterTheFreshWindowAsksForTheCodeAndThenHappens() throws Exception {
        Teammate operator = fixtures.teammate(Role.OPERATOR);
        String secret = Totp.newSecret();
        factors.confirmEnrolment(operator.email(), secret, codeNow(secret), null).orElseThrow();
        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
        stubMailbox(7301);
        Browser session = signIn(operator);
        assertThat(send(post("/login/code").param("code", codeNow(secret)), session).getRedirectedUrl()).isEqualTo("/");

        // within the window (15 minutes by default) the code just typed is fresh enough
        clock.advance(Duration.ofMinutes(14));
        assertThat(send(post("/mailboxes/7301/password/reveal").header("HX-Request", "true"), session)
                .getContentAsString()).contains(SMTP_PASSWORD);

        clock.advance(Duration.ofMinutes(2));
        MockHttpServletResponse stale = send(post("/mailboxes/7301/password/reveal").header("HX-Request", "true"), session);
        assertThat(stale.getStatus()).isEqualTo(204);
        assertThat(stale.getHeader("HX-Redirect")).isEqualTo("/account/confirm");
        assertThat(stale.getContentAsString()).doesNotContain(SMTP_PASSWORD);
        MAILIN.verify(1, getRequestedFor(urlPathEqualTo(PUBLIC + "/mailboxes/7301")));

        assertThat(send(get("/account/confirm"), session).getContentAsString()).contains("data-test=\"step-up-code\"")
                .doesNotContain("data-test=\"step-up-password\"");
        MockHttpServletResponse wrong = send(post("/account/confirm").param("code", "000000"), session);
        assertThat(wrong.getContentAsString()).contains("data-test=\"step-up-error\"");
        assertThat(jdbc.queryForObject("select count(*) from login_failure where account_key = ?", Integer.class,
                operator.email())).isEqualTo(1);

        MockHttpServletResponse confirmed = send(post("/account/confirm").param("code", codeNow(secret)), session);
        String token = continuingToken(confirmed, "/mailboxes/7301/password/reveal");
        String revealed = send(post("/mailboxes/7301/password/reveal").param("_stepUp", token), session)
                .getContentAsString();

        assertThat(revealed).contains("data-test=\"revealed-password\">" + SMTP_PASSWORD + "<");
        MAILIN.verify(2, getRequestedFor(urlPathEqualTo(PUBLIC + "/mailboxes/7301")));
        assertThat(fixtures.audit("step-up", operator.email())).extracting(TeamFixtures.AuditRow::outcome)
                .containsExactly("FAILURE", "SUCCESS");
        assertThat(fixtures.audit("step-up", operator.email()).get(1).summary())
                .isEqualTo("authenticator-app code before POST /mailboxes/7301/password/reveal");
        // the proof is fresh again: the next reveal needs nothing more
        assertThat(send(post("/mailboxes/7301/password/reveal").header("HX-Request", "true"), session)
                .getContentAsString()).contains(SMTP_PASSWORD);
    }

    @Test
    void aTeammateWithoutASecondFactorConfirmsWithThePasswordAndTheFormTheySentGoesOn() throws Exception {
        Teammate admin = fixtures.teammate(Role.ADMIN);
        Browser session = signIn(admin);
        clock.advance(Duration.ofMinutes(16));
        String newcomer = TeamFixtures.uniqueEmail("kept");

        MockHttpServletResponse stale = send(post("/team").param("email", newcomer)
                .param("displayName", "Kept Fields").param("role", "VIEWER"), session);
        assertThat(stale.getRedirectedUrl()).isEqualTo("/account/confirm");
        assertThat(jdbc.queryForObject("select count(*) from team_user where email = ?", Integer.class, newcomer))
                .isZero();
        assertThat(send(get("/account/confirm"), session).getContentAsString())
                .contains("data-test=\"step-up-password\"").doesNotContain("data-test=\"step-up-code\"");

        MockHttpServletResponse confirmed = send(post("/account/confirm").param("password", admin.password()), session);
        String token = continuingToken(confirmed, "/team");
        assertThat(confirmed.getContentAsString()).doesNotContain(newcomer);
        MockHttpServletResponse added = send(post("/team").param("_stepUp", token), session);

        assertThat(added.getRedirectedUrl()).isEqualTo("/team");
        assertThat(jdbc.queryForMap("select display_name, role from team_user where email = ?", newcomer))
                .containsEntry("display_name", "Kept Fields").containsEntry("role", "VIEWER");
        assertThat(fixtures.audit("step-up", admin.email())).singleElement()
                .satisfies(row -> assertThat(row.summary()).isEqualTo("password before POST /team"));
        // the token is used once: sent again, it brings back nothing
        assertThat(send(post("/team").param("_stepUp", token), session).getStatus()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from team_user where email = ?", Integer.class, newcomer))
                .isEqualTo(1);
    }

    @Test
    void aGetGoesBackToItsUrlOnceConfirmed() throws Exception {
        Teammate operator = fixtures.teammate(Role.OPERATOR);
        Browser session = signIn(operator);
        clock.advance(Duration.ofMinutes(16));

        assertThat(send(get("/orders/987654/export.csv").param("includePasswords", "false"), session).getStatus())
                .isNotEqualTo(302);
        MockHttpServletResponse stale = send(get("/orders/987654/export.csv?includePasswords=true"), session);
        assertThat(stale.getRedirectedUrl()).isEqualTo("/account/confirm");

        MockHttpServletResponse confirmed = send(post("/account/confirm").param("password", operator.password()), session);

        assertThat(confirmed.getRedirectedUrl()).isEqualTo("/orders/987654/export.csv?includePasswords=true");
    }

    @Test
    void wrongPasswordsCountTowardTheLoginLock() throws Exception {
        Teammate admin = fixtures.teammate(Role.ADMIN);
        Browser session = signIn(admin);
        clock.advance(Duration.ofMinutes(16));
        assertThat(send(post("/team/" + admin.id() + "/role").param("role", "VIEWER"), session).getRedirectedUrl())
                .isEqualTo("/account/confirm");

        for (int i = 0; i < 4; i++) {
            assertThat(send(post("/account/confirm").param("password", "wrong-" + i), session).getContentAsString())
                    .contains("data-test=\"step-up-error\"");
        }
        MockHttpServletResponse fifth = send(post("/account/confirm").param("password", "wrong-5"), session);

        assertThat(fifth.getRedirectedUrl()).isEqualTo("/login?locked");
        assertThat(fixtures.audit("step-up", admin.email())).hasSize(5)
                .allSatisfy(row -> assertThat(row.outcome()).isEqualTo("FAILURE"));
        assertThat(jdbc.queryForObject("select role from team_user where id = ?", String.class, admin.id()))
                .isEqualTo("ADMIN");
        assertThat(send(get("/"), session).getRedirectedUrl()).isEqualTo("/login?expired");
    }

    @Test
    void theConfirmPageWithNothingWaitingGoesHome() throws Exception {
        Teammate viewer = fixtures.teammate(Role.VIEWER);
        Browser session = signIn(viewer);

        assertThat(send(get("/account/confirm"), session).getRedirectedUrl()).isEqualTo("/");
    }
}
