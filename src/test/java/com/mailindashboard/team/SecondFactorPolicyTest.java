package com.mailindashboard.team;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The admin's second-factor policy (issue 13): stored, audited, enforced right after the password
 * (enrolment before any other page), and the environment admin's way back.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(LoginThrottleTest.ControlledClock.class)
class SecondFactorPolicyTest {

    private final MockMvc mvc;
    private final MutableClock clock;
    private final JdbcTemplate jdbc;
    private final SecondFactorService factors;
    private final SecondFactorPolicyService policy;
    private final TeamService team;
    private final TeamFixtures fixtures;

    @Autowired
    SecondFactorPolicyTest(MockMvc mvc, TeamService team, TeamUserDetailsService users, JdbcTemplate jdbc,
                           MutableClock clock, SecondFactorService factors, SecondFactorPolicyService policy) {
        this.mvc = mvc;
        this.clock = clock;
        this.jdbc = jdbc;
        this.factors = factors;
        this.policy = policy;
        this.team = team;
        this.fixtures = new TeamFixtures(team, users, jdbc, mvc);
    }

    /** The policy is one row shared by every test of this context: back to nobody. */
    @AfterEach
    void requireNobody() {
        policy.change(new SecondFactorPolicyForm(), "test");
    }

    private Cookie adminSession() throws Exception {
        Teammate admin = fixtures.teammate(Role.ADMIN);
        return TeamFixtures.session(fixtures.login(admin.email(), admin.password()));
    }

    @Test
    void anAdminRequiresTheFactorOfARoleOnTheSettingsPage() throws Exception {
        Cookie admin = adminSession();
        String before = mvc.perform(get("/settings").cookie(admin)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(before).contains("data-test=\"second-factor-policy\"", "action=\"/settings/second-factor\"");

        mvc.perform(post("/settings/second-factor").param("operator", "true").param("_admin", "on")
                .param("_operator", "on").param("_viewer", "on").with(csrf()).cookie(admin))
                .andExpect(redirectedUrl("/settings"));

        assertThat(jdbc.queryForMap("select require_admin, require_operator, require_viewer from second_factor_policy"))
                .containsEntry("require_admin", false).containsEntry("require_operator", true)
                .containsEntry("require_viewer", false);
        assertThat(policy.requires(Role.OPERATOR)).isTrue();
        assertThat(policy.requires(Role.VIEWER)).isFalse();
        String after = mvc.perform(get("/settings").cookie(admin)).andReturn().getResponse().getContentAsString();
        Matcher operatorBox = Pattern.compile("<input type=\"checkbox\"[^>]*data-test=\"policy-operator\"[^>]*>")
                .matcher(after);
        assertThat(operatorBox.find()).isTrue();
        assertThat(operatorBox.group()).contains("checked");
        assertThat(jdbc.queryForList("select summary from audit_event where action = 'settings.second-factor-policy'"
                + " order by id desc", String.class)).first().isEqualTo("required of OPERATOR");
    }

    @Test
    void onlyAdminsChangeThePolicy() throws Exception {
        Teammate operator = fixtures.teammate(Role.OPERATOR);
        Cookie session = TeamFixtures.session(fixtures.login(operator.email(), operator.password()));

        mvc.perform(post("/settings/second-factor").param("viewer", "true").with(csrf()).cookie(session))
                .andExpect(status().isForbidden());

        assertThat(policy.requires(Role.VIEWER)).isFalse();
    }

    @Test
    void aTeammateWithoutAFactorIsLedToEnrolmentBeforeAnyOtherPageThenGoesOn() throws Exception {
        policy.change(everyone(), "test");
        Teammate operator = fixtures.teammate(Role.OPERATOR);

        Cookie session = TeamFixtures.session(fixtures.login(operator.email(), operator.password()));
        assertThat(fixtures.audit("login.success", operator.email())).last()
                .satisfies(row -> assertThat(row.summary()).isEqualTo("second factor to enrol"));

        mvc.perform(get("/domains").cookie(session)).andExpect(redirectedUrlPattern("/login/code?factor.type=totp*"));
        mvc.perform(get("/login/code").cookie(session)).andExpect(redirectedUrl("/account/security"));
        mvc.perform(post("/domains/check").with(csrf()).cookie(session))
                .andExpect(redirectedUrlPattern("/login/code?factor.type=totp*"));
        String page = mvc.perform(get("/account/security").cookie(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("data-test=\"enrolment-required\"");
        Matcher shown = Pattern.compile("data-test=\"secret\">([A-Z2-7 ]+)</code>").matcher(page);
        assertThat(shown.find()).isTrue();
        String secret = shown.group(1).replace(" ", "");

        mvc.perform(post("/account/security/confirm").param("code", Totp.code(secret, Totp.step(clock.instant())))
                .with(csrf()).cookie(session)).andExpect(redirectedUrl("/account/security"));

        mvc.perform(get("/audit").cookie(session)).andExpect(status().isOk());
        assertThat(factors.enrolled(operator.email())).isTrue();
    }

    @Test
    void onlyTheTickedRolesAreAsked() throws Exception {
        SecondFactorPolicyForm admins = new SecondFactorPolicyForm();
        admins.setAdmin(true);
        policy.change(admins, "test");
        Teammate viewer = fixtures.teammate(Role.VIEWER);

        Teammate admin = fixtures.teammate(Role.ADMIN);

        MvcResult viewerLogin = fixtures.login(viewer.email(), viewer.password());
        MvcResult adminLogin = fixtures.login(admin.email(), admin.password());

        assertThat(viewerLogin.getResponse().getRedirectedUrl()).isEqualTo("/");
        mvc.perform(get("/audit").cookie(TeamFixtures.session(viewerLogin))).andExpect(status().isOk());
        assertThat(adminLogin.getResponse().getRedirectedUrl()).isEqualTo("/account/security");
        mvc.perform(get("/audit").cookie(TeamFixtures.session(adminLogin)))
                .andExpect(redirectedUrlPattern("/login/code?factor.type=totp*"));
    }

    @Test
    void theEnvironmentAdminGetsBackInWithTheResetVariable() throws Exception {
        policy.change(everyone(), "test");
        Teammate admin = fixtures.teammate(Role.ADMIN);
        String secret = Totp.newSecret();
        factors.confirmEnrolment(admin.email(), secret, Totp.code(secret, Totp.step(clock.instant())), null)
                .orElseThrow();
        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
        AdminBootstrap nothingAsked = new AdminBootstrap(team, factors,
                new AdminProperties(admin.email(), "", false));
        nothingAsked.resetFactorsWhenAsked();
        assertThat(factors.enrolled(admin.email())).isTrue();

        new AdminBootstrap(team, factors, new AdminProperties(admin.email(), "", true)).resetFactorsWhenAsked();

        assertThat(factors.enrolled(admin.email())).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from recovery_code where team_user_id = ?", Integer.class,
                admin.id())).isZero();
        assertThat(fixtures.audit("second-factor.reset", admin.email())).singleElement().satisfies(row -> {
            assertThat(row.actorEmail()).isEqualTo("environment");
            assertThat(row.summary()).contains("DASHBOARD_ADMIN_RESET_FACTORS");
        });
        // the password gets them in, straight to enrolment (the policy asks it of admins)
        assertThat(fixtures.login(admin.email(), admin.password()).getResponse().getRedirectedUrl())
                .isEqualTo("/account/security");
    }

    private static SecondFactorPolicyForm everyone() {
        SecondFactorPolicyForm form = new SecondFactorPolicyForm();
        form.setAdmin(true);
        form.setOperator(true);
        form.setViewer(true);
        return form;
    }
}
