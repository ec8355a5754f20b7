package com.mailindashboard.team;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/**
 * Real teammates, logins and audit rows for the team tests. The database is shared by the test
 * classes of one context, so every teammate gets a unique email and every login its own address
 * (failed logins from one address lock that address for everyone).
 */
final class TeamFixtures {

    static final String TEST_ADMIN = "admin@team.test";
    static final String TEST_ADMIN_PASSWORD = "Quiet-Lantern-Fjord-82";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final TeamService team;
    private final TeamUserDetailsService users;
    private final JdbcTemplate jdbc;
    private final MockMvc mvc;

    TeamFixtures(TeamService team, TeamUserDetailsService users, JdbcTemplate jdbc, MockMvc mvc) {
        this.team = team;
        this.users = users;
        this.jdbc = jdbc;
        this.mvc = mvc;
    }

    /** A teammate who has already replaced the temporary password with their own. */
    record Teammate(long id, String email, String password) {
    }

    record AuditRow(String action, String outcome, String actorEmail, String targetLabel, String summary) {
    }

    static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@team.test";
    }

    /** An address from the documentation range 198.51.100.0/24 onwards; only a string, never contacted. */
    static String uniqueIp() {
        int n = SEQUENCE.incrementAndGet();
        return "198.51." + (100 + n / 250) + "." + (1 + n % 250);
    }

    static RequestPostProcessor fromIp(String ip) {
        return request -> {
            request.setRemoteAddr(ip);
            return request;
        };
    }

    /** Added by an admin, then logged in once and set their own password. */
    Teammate teammate(Role role) {
        IssuedPassword issued = newcomer(role);
        String password = "own-" + UUID.randomUUID();
        PasswordChangeForm change = new PasswordChangeForm();
        change.setCurrentPassword(issued.password());
        change.setNewPassword(password);
        change.setConfirmPassword(password);
        team.changeOwnPassword(issued.email(), change, null, uniqueIp());
        return new Teammate(idOf(issued.email()), issued.email(), password);
    }

    /** Added by an admin and still holding the temporary password. */
    IssuedPassword newcomer(Role role) {
        NewTeammateForm form = new NewTeammateForm();
        form.setEmail(uniqueEmail(role.name().toLowerCase(java.util.Locale.ROOT)));
        form.setDisplayName("Test " + role);
        form.setRole(role);
        return team.add(form);
    }

    TeamUserDetails principal(String email) {
        return (TeamUserDetails) users.loadUserByUsername(email);
    }

    long idOf(String email) {
        return jdbc.queryForObject("select id from team_user where email = ?", Long.class, email);
    }

    /** A real form login (POST /login with CSRF token) from a fresh address. */
    MvcResult login(String email, String password) throws Exception {
        return login(email, password, uniqueIp());
    }

    MvcResult login(String email, String password, String ip) throws Exception {
        return mvc.perform(post("/login").param("username", email).param("password", password)
                .with(csrf()).with(fromIp(ip))).andReturn();
    }

    /**
     * The session cookie a response set. Sessions live in the database (Spring Session), so a
     * browser's cookie is what carries one from request to request, not a MockHttpSession.
     */
    static Cookie session(MvcResult result) {
        Cookie cookie = result.getResponse().getCookie("SESSION");
        if (cookie == null) {
            throw new AssertionError("no session cookie in the response");
        }
        return cookie;
    }

    /** Audit events of one action that name {@code who} as actor or as target, oldest first. */
    List<AuditRow> audit(String action, String who) {
        return jdbc.query("""
                select action, outcome, actor_email, target_label, summary from audit_event
                where action = ? and (actor_email = ? or target_label = ?) order by id""",
                (rs, i) -> new AuditRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)),
                action, who, who);
    }

    /** The error shown next to one field of a form (fragments/forms), or null when there is none. */
    static String fieldError(MockHttpServletResponse response, String field) throws Exception {
        Matcher matcher = Pattern.compile("<div class=\"invalid-feedback\"[^>]*data-test=\"error-" + field
                + "\"[^>]*>([^<]*)</div>").matcher(response.getContentAsString());
        return matcher.find() ? matcher.group(1) : null;
    }

    /** A text of messages.properties as a page shows it (HTML-escaped). */
    static String html(MessageSource messages, String key, Object... args) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, args, Locale.ENGLISH));
    }
}
