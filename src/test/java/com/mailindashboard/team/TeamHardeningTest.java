package com.mailindashboard.team;

import static com.mailindashboard.team.TeamFixtures.fieldError;
import static com.mailindashboard.team.TeamFixtures.fromIp;
import static com.mailindashboard.team.TeamFixtures.uniqueIp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.mailindashboard.support.IntegrationTest;
import com.mailindashboard.team.TeamFixtures.Teammate;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * Issue 7 items 13, 14, 18, 19 and 20 through the real pages: password length in bytes and
 * guessable passwords refused with their reason, over-long login names refused as failed logins,
 * the current-password check throttled with the logins, and fixed reasons in the audit log.
 */
@IntegrationTest
@AutoConfigureMockMvc
class TeamHardeningTest {

    private final MockMvc mvc;
    private final JdbcTemplate jdbc;
    private final MessageSource messages;
    private final TeamFixtures fixtures;
    private final TeamService team;

    @Autowired
    TeamHardeningTest(MockMvc mvc, TeamService team, TeamUserDetailsService users, JdbcTemplate jdbc,
                      MessageSource messages) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.messages = messages;
        this.team = team;
        this.fixtures = new TeamFixtures(team, users, jdbc, mvc);
    }

    @Test
    void tooLongAndGuessablePasswordsAreRefusedWithTheirReasonNextToTheField() throws Exception {
        Teammate me = fixtures.teammate(Role.OPERATOR);
        String ip = uniqueIp();
        Cookie session = TeamFixtures.session(fixtures.login(me.email(), me.password(), ip));

        MockHttpServletResponse tenThousand = change(session, ip, me.password(), "a".repeat(10_000));
        assertThat(tenThousand.getStatus()).isEqualTo(200);
        assertThat(fieldError(tenThousand, "newPassword")).isEqualTo(text("password.too-long", "10000"));
        MockHttpServletResponse accented = change(session, ip, me.password(), "é".repeat(37));
        assertThat(fieldError(accented, "newPassword")).isEqualTo(text("password.too-long", "74"));

        assertThat(fieldError(change(session, ip, me.password(), "            x"), "newPassword"))
                .isEqualTo(text("password.weak.whitespace", null));
        assertThat(fieldError(change(session, ip, me.password(), "zzzzzzzzzzzzzzzz"), "newPassword"))
                .isEqualTo(text("password.weak.repeated", null));
        assertThat(fieldError(change(session, ip, me.password(), "admin-password-123"), "newPassword"))
                .startsWith("Too easy to guess: it is built from \u201cadmin\u201d, \u201cpassword\u201d, \u201c123\u201d");

        assertThat(fixtures.login(me.email(), me.password()).getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void theCurrentPasswordCheckCountsWithTheLoginFailures() throws Exception {
        Teammate me = fixtures.teammate(Role.VIEWER);
        String ip = uniqueIp();
        Cookie session = TeamFixtures.session(fixtures.login(me.email(), me.password(), ip));
        String next = "Plum-Kettle-Vortex-18";

        for (int i = 0; i < 5; i++) {
            assertThat(fieldError(change(session, ip, "guess-number-" + i, next), "currentPassword"))
                    .isEqualTo(text("password.current.wrong", null));
        }
        // the sixth try has the right password, and is refused: the account is locked
        MockHttpServletResponse right = change(session, ip, me.password(), next);
        assertThat(fieldError(right, "currentPassword")).isEqualTo(text("password.current.locked", null));
        assertThat(team.passwordMatches(me.email(), me.password())).isTrue();
        // and so is a login to that account, from anywhere
        assertThat(fixtures.login(me.email(), me.password()).getResponse().getRedirectedUrl())
                .isEqualTo("/login?locked");
        assertThat(fixtures.audit("profile.password", me.email())).extracting(TeamFixtures.AuditRow::outcome)
                .containsExactly("SUCCESS", "FAILURE", "FAILURE", "FAILURE", "FAILURE", "FAILURE", "DENIED");
    }

    @Test
    void aLoginNameLongerThanAnyEmailIsAFailedLoginThrottledAndAudited() throws Exception {
        String ip = uniqueIp();
        String longName = "x".repeat(400) + "@team.test";
        for (int i = 0; i < 5; i++) {
            MockHttpServletResponse response = mvc.perform(post("/login").param("username", longName + i)
                    .param("password", "whatever-it-is").with(csrf()).with(fromIp(ip))).andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).isEqualTo("/login?error");
        }
        assertThat(jdbc.queryForObject("select count(*) from login_failure where ip = ?", Integer.class, ip))
                .isEqualTo(5);
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where action = 'login.failure' and ip = ?
                and summary = 'username too long' and length(actor_email) <= 320""", Integer.class, ip)).isEqualTo(5);
        // the address is now locked like after any five failures
        assertThat(mvc.perform(post("/login").param("username", longName).param("password", "x").with(csrf())
                .with(fromIp(ip))).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/login?locked");
    }

    @Test
    void aRefusedCsrfTokenIsAuditedWithAFixedReasonNotItsValue() throws Exception {
        Teammate me = fixtures.teammate(Role.OPERATOR);
        String ip = uniqueIp();
        Cookie session = TeamFixtures.session(fixtures.login(me.email(), me.password(), ip));
        String forged = "forged-token-value-0123456789";
        // the session holds a real token once a form was shown
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(PasswordController.PATH)
                .cookie(session).with(fromIp(ip)));

        int status = mvc.perform(post("/servers/1").param("_csrf", forged).cookie(session).with(fromIp(ip)))
                .andReturn().getResponse().getStatus();

        assertThat(status).isEqualTo(403);
        assertThat(jdbc.queryForList("select summary from audit_event where action = 'access.denied' and ip = ?",
                String.class, ip)).containsExactly("csrf token invalid");
        assertThat(jdbc.queryForList("select concat_ws('|', summary, target_type, target_id, target_label, "
                + "upstream_message) from audit_event", String.class)).noneMatch(row -> row.contains(forged));
    }

    private MockHttpServletResponse change(Cookie session, String ip, String current, String next)
            throws Exception {
        MockHttpServletRequestBuilder request = post(PasswordController.PATH).param("currentPassword", current)
                .param("newPassword", next).param("confirmPassword", next).with(csrf()).with(fromIp(ip))
                .cookie(session);
        return mvc.perform(request).andReturn().getResponse();
    }

    private String text(String key, String detail) {
        String message = messages.getMessage(key, null, Locale.ENGLISH);
        return HtmlUtils.htmlEscape(detail == null ? message : message.replace("{detail}", detail));
    }
}
