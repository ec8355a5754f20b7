package com.mailindashboard.team;

import static com.mailindashboard.team.TeamFixtures.fieldError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.mailindashboard.support.IntegrationTest;
import com.mailindashboard.support.SignedIn;
import com.mailindashboard.team.TeamFixtures.AuditRow;
import com.mailindashboard.team.TeamFixtures.Teammate;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An admin runs the team on /team: adds teammates with a temporary password shown once, changes
 * roles, disables and resets. The rules hold (one active admin at least, no disabling oneself),
 * changes take effect at once, and every change is in the audit log. Its own database, with
 * {@value #OWNER} as the only admin, so "the last admin" is a fact this class controls.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "dashboard.admin.email=" + TeamManagementTest.OWNER)
class TeamManagementTest {

    static final String OWNER = "owner@team-management.test";

    private static final Pattern TEMPORARY_PASSWORD =
            Pattern.compile("data-test=\"temporary-password-value\"[^>]*>([^<]+)</code>");

    private final MockMvc mvc;
    private final TeamService team;
    private final JdbcTemplate jdbc;
    private final MessageSource messages;
    private final TeamFixtures fixtures;
    private final TeamUserDetails owner;

    @Autowired
    TeamManagementTest(MockMvc mvc, TeamService team, TeamUserDetailsService users, JdbcTemplate jdbc,
                       MessageSource messages) {
        this.mvc = mvc;
        this.team = team;
        this.jdbc = jdbc;
        this.messages = messages;
        this.fixtures = new TeamFixtures(team, users, jdbc, mvc);
        this.owner = fixtures.principal(OWNER);
    }

    @Test
    void anAddedTeammateGetsATemporaryPasswordShownOnce() throws Exception {
        String email = TeamFixtures.uniqueEmail("new");

        MvcResult added = mvc.perform(asOwner(post("/team").param("email", email.toUpperCase(Locale.ROOT))
                .param("displayName", "  New Teammate ").param("role", "OPERATOR"))).andReturn();

        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/team");
        String page = mvc.perform(asOwner(get("/team")).cookie(TeamFixtures.session(added)))
                .andReturn().getResponse().getContentAsString();
        String temporary = temporaryPassword(page);
        assertThat(temporary).hasSizeGreaterThanOrEqualTo(12);
        assertThat(page).contains(html("team.added", email), "data-test=\"teammate-" + email + "\"");
        assertThat(mvc.perform(asOwner(get("/team"))).andReturn().getResponse().getContentAsString())
                .as("shown once").doesNotContain(temporary).doesNotContain("temporary-password-value");

        assertThat(jdbc.queryForMap("select display_name, role, enabled, must_change_password, password_hash"
                + " from team_user where email = ?", email))
                .containsEntry("display_name", "New Teammate").containsEntry("role", "OPERATOR")
                .containsEntry("enabled", true).containsEntry("must_change_password", true)
                .hasEntrySatisfying("password_hash", hash -> assertThat((String) hash).doesNotContain(temporary));
        assertThat(fixtures.audit("team.add", email)).singleElement().satisfies(row -> {
            assertThat(row.actorEmail()).isEqualTo(OWNER);
            assertThat(row.summary()).isEqualTo("role=OPERATOR").doesNotContain(temporary);
        });
        assertThat(fixtures.login(email, temporary).getResponse().getRedirectedUrl())
                .isEqualTo(PasswordController.PATH);
    }

    @Test
    void anEmailCanBelongToOneTeammateOnly() throws Exception {
        Teammate existing = fixtures.teammate(Role.VIEWER);

        MockHttpServletResponse response = mvc.perform(asOwner(post("/team").param("email", existing.email())
                .param("displayName", "Twin").param("role", "ADMIN"))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains(html("team.email.taken"));
        assertThat(jdbc.queryForObject("select role from team_user where email = ?", String.class, existing.email()))
                .isEqualTo("VIEWER");
    }

    @Test
    void aNewTeammateMustChangeThePasswordBeforeAnythingElse() throws Exception {
        IssuedPassword issued = fixtures.newcomer(Role.OPERATOR);
        MvcResult login = fixtures.login(issued.email(), issued.password());
        assertThat(login.getResponse().getRedirectedUrl()).isEqualTo(PasswordController.PATH);
        Cookie session = TeamFixtures.session(login);

        for (String page : new String[] {"/", "/account", "/servers", "/audit", "/login"}) {
            assertThat(mvc.perform(get(page).cookie(session)).andReturn().getResponse().getRedirectedUrl())
                    .as(page).isEqualTo(PasswordController.PATH);
        }
        assertThat(mvc.perform(post("/servers/1").with(csrf()).cookie(session)).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo(PasswordController.PATH);
        assertThat(mvc.perform(get(PasswordController.PATH).cookie(session)).andReturn().getResponse()
                .getStatus()).isEqualTo(200);

        String newPassword = "Tundra-Wobble-Spire-39";
        // the current password is required, and checked
        MockHttpServletResponse wrongCurrent = mvc.perform(changePassword(session, "not-my-password", newPassword,
                newPassword)).andReturn().getResponse();
        assertThat(fieldError(wrongCurrent, "currentPassword")).isEqualTo(html("password.current.wrong"));
        assertThat(fixtures.audit("profile.password", issued.email())).singleElement()
                .satisfies(row -> assertThat(row.outcome()).isEqualTo("FAILURE"));
        // at least 12 characters
        MockHttpServletResponse tooShort = mvc.perform(changePassword(session, issued.password(), "elevenchars",
                "elevenchars")).andReturn().getResponse();
        assertThat(fieldError(tooShort, "newPassword")).isEqualTo(html("password.too-short"));
        // typed twice the same
        MockHttpServletResponse mismatch = mvc.perform(changePassword(session, issued.password(), newPassword,
                newPassword + "!")).andReturn().getResponse();
        assertThat(fieldError(mismatch, "confirmPassword")).isEqualTo(html("password.confirm.mismatch"));
        // and different from the temporary one
        MockHttpServletResponse same = mvc.perform(changePassword(session, issued.password(), issued.password(),
                issued.password())).andReturn().getResponse();
        assertThat(fieldError(same, "newPassword")).isEqualTo(html("password.same"));
        for (MockHttpServletResponse refused : new MockHttpServletResponse[] {wrongCurrent, tooShort, mismatch, same}) {
            assertThat(refused.getContentAsString()).doesNotContain(issued.password(), newPassword);
        }
        assertThat(mvc.perform(get("/").cookie(session)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo(PasswordController.PATH);

        MvcResult changed = mvc.perform(changePassword(session, issued.password(), newPassword, newPassword))
                .andReturn();
        assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(mvc.perform(get("/").cookie(session)).andReturn()
                .getResponse().getContentAsString()).contains(html("password.changed"));
        assertThat(mvc.perform(get("/servers").cookie(session)).andReturn().getResponse().getRedirectedUrl())
                .isNull();
        assertThat(fixtures.audit("profile.password", issued.email())).extracting(AuditRow::outcome)
                .containsExactly("FAILURE", "SUCCESS");
        assertThat(jdbc.queryForObject("select must_change_password from team_user where email = ?", Boolean.class,
                issued.email())).isFalse();

        // the next login goes straight in; the temporary password is gone
        assertThat(fixtures.login(issued.email(), newPassword).getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(fixtures.login(issued.email(), issued.password()).getResponse().getRedirectedUrl())
                .isEqualTo("/login?error");
    }

    @Test
    void changingYourOwnPasswordEndsYourOtherSessionsButKeepsThisOne() throws Exception {
        Teammate teammate = fixtures.teammate(Role.OPERATOR);
        Cookie here = TeamFixtures.session(fixtures.login(teammate.email(), teammate.password()));
        Cookie elsewhere = TeamFixtures.session(fixtures.login(teammate.email(), teammate.password()));
        String newPassword = "changed-on-this-laptop-1";

        mvc.perform(changePassword(here, teammate.password(), newPassword, newPassword));

        assertThat(mvc.perform(get("/servers").cookie(elsewhere)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/login?expired");
        assertThat(mvc.perform(get("/profile/password").cookie(here)).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }

    @Test
    void aRoleChangeTakesEffectAtOnce() throws Exception {
        Teammate teammate = fixtures.teammate(Role.OPERATOR);
        Cookie session = TeamFixtures.session(fixtures.login(teammate.email(), teammate.password()));
        assertThat(mvc.perform(post("/servers/1").with(csrf()).cookie(session)).andReturn().getResponse()
                .getStatus()).as("an operator may write").isNotEqualTo(403);

        MvcResult changed = mvc.perform(asOwner(post("/team/{id}/role", teammate.id()).param("role", "VIEWER")))
                .andReturn();

        assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/team");
        assertThat(changed.getFlashMap().get("flashSuccess")).isEqualTo(messages.getMessage("team.role.changed",
                null, Locale.ENGLISH));
        assertThat(roleOf(teammate.id())).isEqualTo("VIEWER");
        // the open session ends
        assertThat(mvc.perform(get("/").cookie(session)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/login?expired");
        // logged in again, the new role applies
        Cookie again = TeamFixtures.session(fixtures.login(teammate.email(), teammate.password()));
        assertThat(mvc.perform(post("/servers/1").with(csrf()).cookie(again)).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(fixtures.audit("team.role", teammate.email())).singleElement().satisfies(row -> {
            assertThat(row.actorEmail()).isEqualTo(OWNER);
            assertThat(row.summary()).isEqualTo("OPERATOR -> VIEWER");
        });
    }

    @Test
    void aDisabledTeammateIsLoggedOutAndCannotLogIn() throws Exception {
        Teammate teammate = fixtures.teammate(Role.OPERATOR);
        Cookie session = TeamFixtures.session(fixtures.login(teammate.email(), teammate.password()));

        MvcResult disabled = mvc.perform(asOwner(post("/team/{id}/disable", teammate.id()))).andReturn();

        assertThat(disabled.getFlashMap().get("flashSuccess")).isEqualTo(messages.getMessage("team.disabled", null,
                Locale.ENGLISH));
        assertThat(enabled(teammate.id())).isFalse();
        assertThat(mvc.perform(get("/").cookie(session)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/login?expired");
        assertThat(fixtures.login(teammate.email(), teammate.password()).getResponse().getRedirectedUrl())
                .isEqualTo("/login?error=disabled");
        assertThat(fixtures.login(teammate.email(), "a-wrong-password-1").getResponse().getRedirectedUrl())
                .as("without the right password, a disabled account looks like any failed login")
                .isEqualTo("/login?error");
        assertThat(fixtures.audit("login.failure", teammate.email())).hasSize(2)
                .allSatisfy(row -> assertThat(row.summary()).isEqualTo("account disabled"));
        assertThat(fixtures.audit("team.disable", teammate.email())).singleElement()
                .satisfies(row -> assertThat(row.actorEmail()).isEqualTo(OWNER));

        mvc.perform(asOwner(post("/team/{id}/enable", teammate.id())));

        assertThat(enabled(teammate.id())).isTrue();
        assertThat(fixtures.login(teammate.email(), teammate.password()).getResponse().getRedirectedUrl())
                .isEqualTo("/");
        assertThat(fixtures.audit("team.enable", teammate.email())).singleElement()
                .satisfies(row -> assertThat(row.actorEmail()).isEqualTo(OWNER));
    }

    @Test
    void theLastActiveAdminCanBeNeitherDemotedNorDisabled() throws Exception {
        long ownerId = fixtures.idOf(OWNER);
        assertThat(activeAdmins()).as("precondition: the owner is the only active admin").isEqualTo(1);

        MvcResult demoted = mvc.perform(asOwner(post("/team/{id}/role", ownerId).param("role", "OPERATOR")))
                .andReturn();

        assertThat(demoted.getFlashMap().get("flashError")).isEqualTo(messages.getMessage("team.last-admin", null,
                Locale.ENGLISH));
        assertThat(roleOf(ownerId)).isEqualTo("ADMIN");
        // disabling the last admin is refused by the rule itself (through /team an admin can only try it on
        // themselves, which is refused before: see the next test)
        assertThatThrownBy(() -> team.setEnabled(ownerId, false, "someone-else@team-management.test"))
                .isInstanceOfSatisfying(TeamRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("team.last-admin"));
        assertThat(enabled(ownerId)).isTrue();
        assertThat(fixtures.audit("team.role", OWNER)).isEmpty();
        assertThat(fixtures.audit("team.disable", OWNER)).isEmpty();

        // with a second admin, an admin can be demoted: the rule is about the last one
        Teammate second = fixtures.teammate(Role.ADMIN);
        mvc.perform(asOwner(post("/team/{id}/role", second.id()).param("role", "OPERATOR")));
        assertThat(roleOf(second.id())).isEqualTo("OPERATOR");
        assertThat(activeAdmins()).isEqualTo(1);
    }

    @Test
    void anAdminCannotDisableThemselves() throws Exception {
        long ownerId = fixtures.idOf(OWNER);

        MvcResult result = mvc.perform(asOwner(post("/team/{id}/disable", ownerId))).andReturn();

        assertThat(result.getFlashMap().get("flashError")).isEqualTo(messages.getMessage("team.disable.self", null,
                Locale.ENGLISH));
        assertThat(enabled(ownerId)).isTrue();
        assertThat(fixtures.audit("team.disable", OWNER)).isEmpty();
    }

    @Test
    void aPasswordResetIssuesANewTemporaryPassword() throws Exception {
        Teammate teammate = fixtures.teammate(Role.VIEWER);
        Cookie session = TeamFixtures.session(fixtures.login(teammate.email(), teammate.password()));

        MvcResult reset = mvc.perform(asOwner(post("/team/{id}/reset-password", teammate.id()))).andReturn();

        assertThat(reset.getResponse().getRedirectedUrl()).isEqualTo("/team");
        String page = mvc.perform(asOwner(get("/team")).cookie(TeamFixtures.session(reset))).andReturn().getResponse()
                .getContentAsString();
        String temporary = temporaryPassword(page);
        assertThat(temporary).isNotEqualTo(teammate.password());
        assertThat(page).contains(html("team.password.reset"));
        assertThat(mvc.perform(get("/").cookie(session)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/login?expired");
        assertThat(fixtures.login(teammate.email(), teammate.password()).getResponse().getRedirectedUrl())
                .isEqualTo("/login?error");
        assertThat(fixtures.login(teammate.email(), temporary).getResponse().getRedirectedUrl())
                .isEqualTo(PasswordController.PATH);
        assertThat(fixtures.audit("team.reset-password", teammate.email())).singleElement().satisfies(row -> {
            assertThat(row.actorEmail()).isEqualTo(OWNER);
            assertThat(String.valueOf(row.summary())).doesNotContain(temporary);
        });
    }

    @Test
    void noAuditEventEverHoldsATeamPassword() throws Exception {
        IssuedPassword issued = fixtures.newcomer(Role.OPERATOR);
        IssuedPassword reissued = (IssuedPassword) mvc.perform(asOwner(post("/team/{id}/reset-password",
                fixtures.idOf(issued.email())))).andReturn().getFlashMap().get("issuedPassword");
        fixtures.login(issued.email(), reissued.password());

        assertThat(jdbc.queryForList("select concat_ws('|', actor_email, target_label, summary, upstream_message)"
                + " from audit_event", String.class))
                .isNotEmpty()
                .noneMatch(row -> row.contains(issued.password()))
                .noneMatch(row -> row.contains(reissued.password()))
                .noneMatch(row -> row.contains(TeamFixtures.TEST_ADMIN_PASSWORD));
    }

    private MockHttpServletRequestBuilder asOwner(MockHttpServletRequestBuilder request) {
        return request.with(SignedIn.justNow(owner)).with(csrf());
    }

    private MockHttpServletRequestBuilder changePassword(Cookie session, String current, String next,
                                                         String confirmation) {
        return post(PasswordController.PATH).param("currentPassword", current).param("newPassword", next)
                .param("confirmPassword", confirmation).with(csrf()).cookie(session);
    }

    private static String temporaryPassword(String page) {
        Matcher matcher = TEMPORARY_PASSWORD.matcher(page);
        assertThat(matcher.find()).as("the temporary password is on the page").isTrue();
        return matcher.group(1);
    }


    private String roleOf(long id) {
        return jdbc.queryForObject("select role from team_user where id = ?", String.class, id);
    }

    private boolean enabled(long id) {
        return jdbc.queryForObject("select enabled from team_user where id = ?", Boolean.class, id);
    }

    private long activeAdmins() {
        return jdbc.queryForObject("select count(*) from team_user where role = 'ADMIN' and enabled", Long.class);
    }

    private String html(String key, Object... args) {
        return TeamFixtures.html(messages, key, args);
    }
}
