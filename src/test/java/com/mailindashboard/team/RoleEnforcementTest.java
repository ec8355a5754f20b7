package com.mailindashboard.team;

import static com.mailindashboard.team.RoleEnforcementTest.Access.ALLOWED;
import static com.mailindashboard.team.RoleEnforcementTest.Access.DENIED;
import static com.mailindashboard.team.RoleEnforcementTest.Access.LOGIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.mailindashboard.support.IntegrationTest;
import com.mailindashboard.support.SignedIn;
import com.mailindashboard.team.TeamFixtures.Teammate;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who may do what, per URL and method, checked through the whole filter chain with real
 * teammates: reads for everyone signed in, writes for ADMIN and OPERATOR, team and settings for
 * ADMIN only, nothing but the login page for anonymous visitors.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleEnforcementTest {

    enum Access { ALLOWED, DENIED, LOGIN }

    /** One request and what each role gets; {@code {id}} is a teammate created for the request. */
    record Row(HttpMethod method, String path, Access admin, Access operator, Access viewer, Access anonymous) {

        Stream<Arguments> perRole() {
            return Stream.of(Arguments.of("ADMIN", method, path, admin),
                    Arguments.of("OPERATOR", method, path, operator),
                    Arguments.of("VIEWER", method, path, viewer),
                    Arguments.of("anonymous", method, path, anonymous));
        }
    }

    static Stream<Arguments> table() {
        return Stream.of(
                //      method  path                       ADMIN    OPERATOR VIEWER   anonymous
                new Row(GET,    "/",                       ALLOWED, ALLOWED, ALLOWED, LOGIN),
                new Row(GET,    "/account",                ALLOWED, ALLOWED, ALLOWED, LOGIN),
                new Row(GET,    "/servers",                ALLOWED, ALLOWED, ALLOWED, LOGIN),
                new Row(GET,    "/audit",                  ALLOWED, ALLOWED, ALLOWED, LOGIN),
                new Row(GET,    "/team",                   ALLOWED, DENIED,  DENIED,  LOGIN),
                new Row(GET,    "/settings",               ALLOWED, DENIED,  DENIED,  LOGIN),
                new Row(GET,    "/profile/password",       ALLOWED, ALLOWED, ALLOWED, LOGIN),
                new Row(POST,   "/profile/password",       ALLOWED, ALLOWED, ALLOWED, LOGIN),
                new Row(POST,   "/team",                   ALLOWED, DENIED,  DENIED,  LOGIN),
                new Row(POST,   "/team/{id}/role",         ALLOWED, DENIED,  DENIED,  LOGIN),
                new Row(POST,   "/team/{id}/disable",      ALLOWED, DENIED,  DENIED,  LOGIN),
                new Row(POST,   "/team/{id}/enable",       ALLOWED, DENIED,  DENIED,  LOGIN),
                new Row(POST,   "/team/{id}/reset-password", ALLOWED, DENIED, DENIED, LOGIN),
                new Row(POST,   "/settings",               ALLOWED, DENIED,  DENIED,  LOGIN),
                new Row(POST,   "/settings/test",          ALLOWED, DENIED,  DENIED,  LOGIN),
                new Row(POST,   "/servers/1",              ALLOWED, ALLOWED, DENIED,  LOGIN),
                new Row(PUT,    "/servers/1",              ALLOWED, ALLOWED, DENIED,  LOGIN),
                new Row(DELETE, "/anything",               ALLOWED, ALLOWED, DENIED,  LOGIN)
        ).flatMap(Row::perRole);
    }

    private final MockMvc mvc;
    private final JdbcTemplate jdbc;
    private final TeamFixtures fixtures;
    private Map<String, TeamUserDetails> principals;

    @Autowired
    RoleEnforcementTest(MockMvc mvc, TeamService team, TeamUserDetailsService users, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.fixtures = new TeamFixtures(team, users, jdbc, mvc);
    }

    @BeforeAll
    void teammates() {
        principals = Map.of(
                "ADMIN", fixtures.principal(TeamFixtures.TEST_ADMIN),
                "OPERATOR", fixtures.principal(fixtures.teammate(Role.OPERATOR).email()),
                "VIEWER", fixtures.principal(fixtures.teammate(Role.VIEWER).email()));
    }

    @ParameterizedTest(name = "{1} {2} as {0} -> {3}")
    @MethodSource("table")
    void everyRoleGetsWhatTheTableSays(String role, HttpMethod method, String path, Access expected)
            throws Exception {
        String target = path;
        if (path.contains("{id}")) {
            target = path.replace("{id}", String.valueOf(fixtures.teammate(Role.OPERATOR).id()));
        }
        MockHttpServletRequestBuilder request = request(method, target).with(csrf());
        if (path.endsWith("/role")) {
            request.param("role", Role.VIEWER.name());
        }
        if (principals.containsKey(role)) {
            request.with(SignedIn.justNow(principals.get(role)));
        }

        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

        String seen = method + " " + target + " as " + role + " answered " + response.getStatus() + " "
                + response.getRedirectedUrl();
        switch (expected) {
            case LOGIN -> {
                assertThat(response.getStatus()).as(seen).isEqualTo(302);
                assertThat(response.getRedirectedUrl()).as(seen).endsWith("/login");
            }
            case DENIED -> assertThat(response.getStatus()).as(seen).isEqualTo(403);
            case ALLOWED -> {
                assertThat(response.getStatus()).as(seen).isNotIn(401, 403);
                assertThat(String.valueOf(response.getRedirectedUrl())).as(seen).doesNotEndWith("/login");
                // handled: a page, a redirect, 404/405 for no such handler, or 502 "Mailin not connected"
                assertThat(response.getStatus()).as(seen).satisfiesAnyOf(
                        status -> assertThat(status).isLessThan(500),
                        status -> assertThat(status).isEqualTo(502));
            }
        }
    }

    @Test
    void aDeniedWriteChangesNothing() throws Exception {
        Teammate target = fixtures.teammate(Role.OPERATOR);

        MockHttpServletResponse response = mvc.perform(post("/team/{id}/role", target.id()).param("role", "ADMIN")
                .with(csrf()).with(SignedIn.justNow(principals.get("OPERATOR")))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(roleOf(target)).isEqualTo("OPERATOR");
        assertThat(fixtures.audit("team.role", target.email())).isEmpty();
    }

    @Test
    void writesWithoutAValidCsrfTokenAreRefused() throws Exception {
        Teammate target = fixtures.teammate(Role.OPERATOR);

        assertThat(status(post("/team/{id}/disable", target.id()).with(SignedIn.justNow(principals.get("ADMIN")))))
                .isEqualTo(403);
        assertThat(status(post("/team/{id}/disable", target.id()).with(csrf().useInvalidToken())
                .with(SignedIn.justNow(principals.get("ADMIN"))))).isEqualTo(403);
        assertThat(jdbc.queryForObject("select enabled from team_user where id = ?", Boolean.class, target.id()))
                .isTrue();
        assertThat(fixtures.audit("team.disable", target.email())).isEmpty();

        assertThat(status(post("/servers/1").with(SignedIn.justNow(principals.get("OPERATOR"))))).isEqualTo(403);
        long settingsChanges = settingsChanges();
        assertThat(status(post("/settings").param("baseUrl", "https://api.mailin.ai").param("sandbox", "true")
                .with(SignedIn.justNow(principals.get("ADMIN"))))).isEqualTo(403);
        assertThat(settingsChanges()).isEqualTo(settingsChanges);

        // not even the login form is accepted without the token
        assertThat(status(post("/login").param("username", target.email()).param("password", target.password())
                .with(TeamFixtures.fromIp(TeamFixtures.uniqueIp())))).isEqualTo(403);
        assertThat(fixtures.audit("login.success", target.email())).isEmpty();
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private long settingsChanges() {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'settings.connection'",
                Long.class);
    }

    private String roleOf(Teammate teammate) {
        return jdbc.queryForObject("select role from team_user where id = ?", String.class, teammate.id());
    }
}
