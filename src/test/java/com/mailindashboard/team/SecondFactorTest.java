package com.mailindashboard.team;

import static com.mailindashboard.team.TeamFixtures.fromIp;
import static com.mailindashboard.team.TeamFixtures.uniqueIp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mailindashboard.support.IntegrationTest;
import com.mailindashboard.support.MutableClock;
import com.mailindashboard.team.TeamFixtures.Teammate;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Authenticator-app codes after the password (issue 13), through the real form login, the real
 * throttle and the real database; time is a clock the test moves, so codes are the app's own.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(LoginThrottleTest.ControlledClock.class)
class SecondFactorTest {

    private final MockMvc mvc;
    private final MutableClock clock;
    private final JdbcTemplate jdbc;
    private final SecondFactorService factors;
    private final TeamFixtures fixtures;

    @Autowired
    SecondFactorTest(MockMvc mvc, TeamService team, TeamUserDetailsService users, JdbcTemplate jdbc,
                     MutableClock clock, SecondFactorService factors) {
        this.mvc = mvc;
        this.clock = clock;
        this.jdbc = jdbc;
        this.factors = factors;
        this.fixtures = new TeamFixtures(team, users, jdbc, mvc);
    }

    private String codeNow(String secret) {
        return Totp.code(secret, Totp.step(clock.instant()));
    }

    /** A teammate enrolled through the service (the page's enrolment is tested on its own); returns the secret. */
    private String enrol(Teammate teammate) {
        String secret = Totp.newSecret();
        assertThat(factors.confirmEnrolment(teammate.email(), secret, codeNow(secret), null)).isPresent();
        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS)); // the enrolment used this step's code
        return secret;
    }

    private MvcResult sendCode(Cookie session, String code, String ip) throws Exception {
        return mvc.perform(post("/login/code").param("code", code).with(csrf()).with(fromIp(ip)).cookie(session))
                .andReturn();
    }

    @Test
    void theRfc6238TestVectorsGiveTheirCodes() {
        // RFC 6238 appendix B, SHA1 seed "12345678901234567890", last 6 of the 8 digits
        String secret = Totp.base32("12345678901234567890".getBytes());
        assertThat(Totp.code(secret, 59 / 30)).isEqualTo("287082");
        assertThat(Totp.code(secret, 1111111109L / 30)).isEqualTo("081804");
        assertThat(Totp.code(secret, 1234567890L / 30)).isEqualTo("005924");
        assertThat(Totp.code(secret, 2000000000L / 30)).isEqualTo("279037");
    }

    @Test
    void enrolmentShowsAQrCodeAndTheSecretAndNeedsARightFirstCode() throws Exception {
        Teammate teammate = fixtures.teammate(Role.VIEWER);
        Cookie session = TeamFixtures.session(fixtures.login(teammate.email(), teammate.password()));
        Cookie elsewhere = TeamFixtures.session(fixtures.login(teammate.email(), teammate.password()));

        String page = mvc.perform(get("/account/security").cookie(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("src=\"data:image/svg+xml;base64,");
        Matcher shown = Pattern.compile("data-test=\"secret\">([A-Z2-7 ]+)</code>").matcher(page);
        assertThat(shown.find()).isTrue();
        String secret = shown.group(1).replace(" ", "");

        MvcResult wrong = mvc.perform(post("/account/security/confirm").param("code", "000000").with(csrf())
                .cookie(session)).andReturn();
        assertThat(wrong.getFlashMap().get("codeError")).isEqualTo(true);
        assertThat(factors.enrolled(teammate.email())).isFalse();

        MvcResult right = mvc.perform(post("/account/security/confirm").param("code", codeNow(secret)).with(csrf())
                .cookie(session)).andExpect(redirectedUrl("/account/security")).andReturn();
        @SuppressWarnings("unchecked")
        List<String> recoveryCodes = (List<String>) right.getFlashMap().get("recoveryCodes");
        assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates();
        assertThat(factors.enrolled(teammate.email())).isTrue();
        String stored = jdbc.queryForObject("select totp_secret from team_user where email = ?", String.class,
                teammate.email());
        assertThat(stored).startsWith("v1:").doesNotContain(secret);
        assertThat(jdbc.queryForList("select code_hash from recovery_code where team_user_id = ?", String.class,
                teammate.id())).hasSize(10).noneMatch(hash -> recoveryCodes.stream().anyMatch(hash::contains));
        // the session that enrolled stays signed in with both factors
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
        // a session signed in elsewhere without the factor ends
        mvc.perform(get("/").cookie(elsewhere)).andExpect(redirectedUrl("/login?expired"));
        assertThat(fixtures.audit("second-factor.enrol", teammate.email())).extracting(TeamFixtures.AuditRow::outcome)
                .containsExactly("FAILURE", "SUCCESS");
    }

    @Test
    void aTeammateWithAFactorEntersACodeBeforeAnyOtherPageAndThenGoesWhereTheyAsked() throws Exception {
        Teammate teammate = fixtures.teammate(Role.OPERATOR);
        String secret = enrol(teammate);
        String ip = uniqueIp();

        MvcResult login = fixtures.login(teammate.email(), teammate.password(), ip);
        assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/login/code");
        Cookie session = TeamFixtures.session(login);
        mvc.perform(post("/domains/check").with(csrf()).cookie(session)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/login/code?factor.type=totp*"));
        mvc.perform(get("/audit").cookie(session)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/login/code?factor.type=totp*"));
        mvc.perform(get("/login/code").cookie(session)).andExpect(status().isOk());

        MvcResult code = sendCode(session, codeNow(secret), ip);

        assertThat(code.getResponse().getRedirectedUrl()).contains("/audit");
        mvc.perform(get("/audit").cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
        assertThat(fixtures.audit("login.password-accepted", teammate.email())).hasSize(1);
        assertThat(fixtures.audit("login.success", teammate.email())).singleElement()
                .satisfies(row -> assertThat(row.summary()).isEqualTo("password and authenticator-app code"));
    }

    @Test
    void aTeammateWithoutAFactorSignsInWithThePasswordAlone() throws Exception {
        Teammate teammate = fixtures.teammate(Role.ADMIN);

        MvcResult login = fixtures.login(teammate.email(), teammate.password());

        assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/");
        mvc.perform(get("/team").cookie(TeamFixtures.session(login))).andExpect(status().isOk());
        mvc.perform(get("/login/code").cookie(TeamFixtures.session(login))).andExpect(redirectedUrl("/"));
    }

    @Test
    void aCodeIsAcceptedOnceEvenInAnotherSession() throws Exception {
        Teammate teammate = fixtures.teammate(Role.VIEWER);
        String secret = enrol(teammate);
        String code = codeNow(secret);
        Cookie first = TeamFixtures.session(fixtures.login(teammate.email(), teammate.password()));
        assertThat(sendCode(first, code, uniqueIp()).getResponse().getRedirectedUrl()).isEqualTo("/");

        Cookie second = TeamFixtures.session(fixtures.login(teammate.email(), teammate.password()));
        MvcResult reused = sendCode(second, code, uniqueIp());

        assertThat(reused.getResponse().getStatus()).isEqualTo(200);
        assertThat(reused.getResponse().getContentAsString()).contains("data-test=\"code-error\"");
        mvc.perform(get("/").cookie(second)).andExpect(redirectedUrlPattern("/login/code?factor.type=totp*"));
        assertThat(fixtures.audit("second-factor.failure", teammate.email())).singleElement()
                .satisfies(row -> assertThat(row.outcome()).isEqualTo("FAILURE"));

        // one step of drift: the previous step's code still counts, when it was not used
        clock.advance(Duration.ofSeconds(2L * Totp.STEP_SECONDS));
        String previous = Totp.code(secret, Totp.step(clock.instant()) - 1);
        assertThat(previous).isNotEqualTo(code);
        // back to the page that was asked for before the code ("/", marked by Spring's request cache)
        assertThat(sendCode(second, previous, uniqueIp()).getResponse().getRedirectedUrl()).isEqualTo("/?continue");
    }

    @Test
    void aCodeTwoStepsOffIsRefused() throws Exception {
        Teammate teammate = fixtures.teammate(Role.VIEWER);
        String secret = enrol(teammate);
        Cookie session = TeamFixtures.session(fixtures.login(teammate.email(), teammate.password()));

        String tooOld = Totp.code(secret, Totp.step(clock.instant()) - 2);
        String tooNew = Totp.code(secret, Totp.step(clock.instant()) + 2);

        assertThat(sendCode(session, tooOld, uniqueIp()).getResponse().getStatus()).isEqualTo(200);
        assertThat(sendCode(session, tooNew, uniqueIp()).getResponse().getStatus()).isEqualTo(200);
        assertThat(sendCode(session, Totp.code(secret, Totp.step(clock.instant()) + 1), uniqueIp())
                .getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void recoveryCodesWorkOnceEachAndRegeneratingReplacesThem() throws Exception {
        Teammate teammate = fixtures.teammate(Role.OPERATOR);
        String secret = Totp.newSecret();
        List<String> codes = factors.confirmEnrolment(teammate.email(), secret, codeNow(secret), null).orElseThrow();

        Cookie session = TeamFixtures.session(fixtures.login(teammate.email(), teammate.password()));
        assertThat(sendCode(session, codes.get(3).toUpperCase(), uniqueIp()).getResponse().getRedirectedUrl())
                .isEqualTo("/");
        assertThat(factors.recoveryCodesLeft(teammate.email())).isEqualTo(9);
        assertThat(fixtures.audit("second-factor.recovery-code-used", teammate.email())).singleElement()
                .satisfies(row -> assertThat(row.summary()).isEqualTo("9 recovery codes left"));

        Cookie again = TeamFixtures.session(fixtures.login(teammate.email(), teammate.password()));
        assertThat(sendCode(again, codes.get(3), uniqueIp()).getResponse().getStatus()).isEqualTo(200);

        MvcResult regenerated = mvc.perform(post("/account/security/recovery-codes").with(csrf()).cookie(session))
                .andExpect(redirectedUrl("/account/security")).andReturn();
        @SuppressWarnings("unchecked")
        List<String> fresh = (List<String>) regenerated.getFlashMap().get("recoveryCodes");
        assertThat(fresh).hasSize(10);
        assertThat(factors.recoveryCodesLeft(teammate.email())).isEqualTo(10);
        assertThat(sendCode(again, codes.get(0), uniqueIp()).getResponse().getStatus()).isEqualTo(200);
        assertThat(sendCode(again, fresh.get(0), uniqueIp()).getResponse().getRedirectedUrl()).isEqualTo("/");
        mvc.perform(get("/account/security").cookie(session)).andExpect(status().isOk());
    }

    @Test
    void wrongCodesCountTowardTheLoginThrottle() throws Exception {
        Teammate teammate = fixtures.teammate(Role.OPERATOR);
        String secret = enrol(teammate);
        Cookie session = TeamFixtures.session(fixtures.login(teammate.email(), teammate.password()));

        for (int i = 0; i < 4; i++) {
            assertThat(sendCode(session, "12345" + i, uniqueIp()).getResponse().getStatus()).isEqualTo(200);
        }
        MvcResult fifth = sendCode(session, "123459", uniqueIp());

        assertThat(fifth.getResponse().getRedirectedUrl()).isEqualTo("/login?locked");
        assertThat(fixtures.audit("second-factor.failure", teammate.email())).hasSize(5);
        // signed out: the browser is told to drop the cookie, and a copy kept of it names no session
        assertThat(fifth.getResponse().getCookie("SESSION")).satisfies(cookie -> assertThat(cookie.getMaxAge()).isZero());
        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login?expired"));
        // and the password alone no longer gets in either
        assertThat(fixtures.login(teammate.email(), teammate.password()).getResponse().getRedirectedUrl())
                .isEqualTo("/login?locked");

        clock.advance(Duration.ofMinutes(16));
        Cookie later = TeamFixtures.session(fixtures.login(teammate.email(), teammate.password()));
        assertThat(sendCode(later, codeNow(secret), uniqueIp()).getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void anAdminResetsATeammatesFactorAndItIsAudited() throws Exception {
        Teammate admin = fixtures.teammate(Role.ADMIN);
        Teammate teammate = fixtures.teammate(Role.OPERATOR);
        enrol(teammate);
        Cookie adminSession = TeamFixtures.session(fixtures.login(admin.email(), admin.password()));
        assertThat(mvc.perform(get("/team").cookie(adminSession)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains("/team/" + teammate.id() + "/second-factor/reset");

        mvc.perform(post("/team/" + teammate.id() + "/second-factor/reset").with(csrf()).cookie(adminSession))
                .andExpect(redirectedUrl("/team"));

        assertThat(factors.enrolled(teammate.email())).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from recovery_code where team_user_id = ?", Integer.class,
                teammate.id())).isZero();
        assertThat(fixtures.audit("second-factor.reset", teammate.email())).singleElement()
                .satisfies(row -> assertThat(row.actorEmail()).isEqualTo(admin.email()));
        assertThat(fixtures.login(teammate.email(), teammate.password()).getResponse().getRedirectedUrl())
                .isEqualTo("/");
    }

    @Test
    void anOperatorCannotResetAFactor() throws Exception {
        Teammate operator = fixtures.teammate(Role.OPERATOR);
        Teammate teammate = fixtures.teammate(Role.VIEWER);
        enrol(teammate);
        Cookie session = TeamFixtures.session(fixtures.login(operator.email(), operator.password()));

        mvc.perform(post("/team/" + teammate.id() + "/second-factor/reset").with(csrf()).cookie(session))
                .andExpect(status().isForbidden());

        assertThat(factors.enrolled(teammate.email())).isTrue();
    }

    @Test
    void changingThePasswordKeepsTheProvenCode() throws Exception {
        Teammate teammate = fixtures.teammate(Role.VIEWER);
        String secret = enrol(teammate);
        Cookie session = TeamFixtures.session(fixtures.login(teammate.email(), teammate.password()));
        assertThat(sendCode(session, codeNow(secret), uniqueIp()).getResponse().getRedirectedUrl()).isEqualTo("/");
        String newPassword = "changed-" + java.util.UUID.randomUUID();

        mvc.perform(post("/profile/password").param("currentPassword", teammate.password())
                        .param("newPassword", newPassword).param("confirmPassword", newPassword)
                        .with(csrf()).cookie(session))
                .andExpect(redirectedUrl("/"));

        mvc.perform(get("/audit").cookie(session)).andExpect(status().isOk());
    }
}
