package com.mailindashboard.settings;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.mailindashboard.support.IntegrationTest;
import com.mailindashboard.support.SignedIn;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * With a Mailin that answers (WireMock with the documented bodies), the password saved encrypted
 * on the settings page is what the gateway logs in with, the token it gets back is stored
 * encrypted, and the settings page shows the connected account (and never the secrets).
 * Shares {@link SecretsAtRestTest}'s context.
 */
@IntegrationTest
@AutoConfigureMockMvc
// the fleet summary and the poller would log in with the saved connection while a test changes it
@TestPropertySource(properties = {"dashboard.secret-key=secrets-at-rest-test-key", "dashboard.jobs.start-delay=1h"})
class MailinConnectionPagesTest {

    private static final String SECRET = "S3cret-Mailin-Pass!";
    private static final String TOKEN = "1|LPQJJwsJTM3mEu49zYfhyFQszC7ZLgPyBHEJsDiO7aa1980c";
    private static final String PUBLIC = "/api/v1/public";

    private static WireMockServer mailin;

    private final MockMvc mvc;
    private final JdbcTemplate jdbc;
    private final UserDetailsService users;
    @org.springframework.beans.factory.annotation.Autowired
    private com.mailindashboard.sandbox.SandboxAccess sandboxAccess;

    @Autowired
    MailinConnectionPagesTest(MockMvc mvc, JdbcTemplate jdbc, UserDetailsService users) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.users = users;
    }

    @BeforeAll
    static void startMailin() {
        mailin = new WireMockServer(wireMockConfig().dynamicPort());
        mailin.start();
    }

    @AfterAll
    static void stopMailin() {
        mailin.stop();
    }

    @BeforeEach
    void mailinAnswers() throws Exception {
        mailin.resetAll();
        mailin.stubFor(WireMock.post(urlPathEqualTo(PUBLIC + "/auth/login"))
                .withRequestBody(equalToJson("{\"email\": \"ops@mailin.test\", \"password\": \"" + SECRET
                        + "\", \"device_name\": \"dashboard-test\"}"))
                .willReturn(aResponse().withStatus(200).withBody(body("A1-login.json"))));
        mailin.stubFor(WireMock.get(urlPathEqualTo(PUBLIC + "/users/1"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .willReturn(aResponse().withStatus(200).withBody(body("U1-user.json"))));
        mailin.stubFor(WireMock.get(urlPathEqualTo(PUBLIC + "/servers"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .willReturn(aResponse().withStatus(200).withBody(body("S1-servers.json"))));
        MockHttpServletResponse saved = mvc.perform(asAdmin(post("/settings").param("baseUrl", mailin.baseUrl())
                .param("email", "ops@mailin.test").param("password", SECRET).param("deviceName", "dashboard-test")))
                .andReturn().getResponse();
        assertThat(saved.getRedirectedUrl()).isEqualTo("/settings");
    }

    @Test
    void switchingTheSandboxOnAndOffKeepsTheEnteredConnection() throws Exception {
        mvc.perform(asAdmin(post("/settings").param("baseUrl", mailin.baseUrl()).param("email", "ops@mailin.test")
                .param("deviceName", "dashboard-test").param("sandbox", "true")));

        String page = mvc.perform(asAdmin(get("/settings"))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("value=\"" + mailin.baseUrl() + "\"", "value=\"ops@mailin.test\"",
                "value=\"dashboard-test\"").doesNotContain("value=\"mailin-dashboard-sandbox\"");

        mvc.perform(asAdmin(post("/settings").param("baseUrl", mailin.baseUrl()).param("email", "ops@mailin.test")
                .param("deviceName", "dashboard-test")));
        mvc.perform(asAdmin(post("/settings/test")));
        mailin.verify(1, postRequestedFor(urlPathEqualTo(PUBLIC + "/auth/login")));
    }

    /** Issue 7 item 12: the sandbox answers while it is on, to its secret only, and is gone when switched off. */
    @Test
    void theSandboxIsServedOnlyWhileItIsOnAndOnlyToItsSecret() throws Exception {
        String login = "/sandbox/api/v1/public/auth/login";
        String wrong = "{\"email\":\"a@b.co\",\"password\":\"sandbox-demo-password\",\"device_name\":\"x\"}";
        assertThat(mvc.perform(post(login).contentType("application/json").content(wrong)).andReturn().getResponse()
                .getStatus()).isEqualTo(404);

        mvc.perform(asAdmin(post("/settings").param("baseUrl", mailin.baseUrl()).param("email", "ops@mailin.test")
                .param("deviceName", "dashboard-test").param("sandbox", "true")));
        assertThat(mvc.perform(post(login).contentType("application/json").content(wrong)).andReturn().getResponse()
                .getStatus()).isEqualTo(422);
        String right = "{\"email\":\"a@b.co\",\"password\":\"" + sandboxAccess.secret() + "\",\"device_name\":\"x\"}";
        assertThat(mvc.perform(post(login).contentType("application/json").content(right)).andReturn().getResponse()
                .getStatus()).isEqualTo(200);

        mvc.perform(asAdmin(post("/settings").param("baseUrl", mailin.baseUrl()).param("email", "ops@mailin.test")
                .param("deviceName", "dashboard-test")));
        assertThat(mvc.perform(post(login).contentType("application/json").content(right)).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    /** Issue 7 item 10: the stored password never goes to a new address or for a new email unless typed again. */
    @Test
    void changingTheAddressOrTheEmailNeedsThePasswordAgain() throws Exception {
        WireMockServer attacker = new WireMockServer(wireMockConfig().dynamicPort());
        attacker.start();
        try {
            attacker.stubFor(WireMock.post(urlPathEqualTo(PUBLIC + "/auth/login"))
                    .willReturn(aResponse().withStatus(200).withBody(body("A1-login.json"))));
            for (String[] change : new String[][] {{attacker.baseUrl(), "ops@mailin.test"},
                    {mailin.baseUrl(), "someone-else@mailin.test"}}) {
                MockHttpServletResponse refused = mvc.perform(asAdmin(post("/settings").param("baseUrl", change[0])
                        .param("email", change[1]).param("password", "").param("deviceName", "dashboard-test")))
                        .andReturn().getResponse();
                assertThat(refused.getStatus()).isEqualTo(200);
                assertThat(refused.getContentAsString()).contains("Enter the Mailin password again");
            }
            mvc.perform(asAdmin(post("/settings/test")));
            attacker.verify(0, postRequestedFor(urlPathEqualTo(PUBLIC + "/auth/login")));
            mailin.verify(1, postRequestedFor(urlPathEqualTo(PUBLIC + "/auth/login")));
            assertThat(jdbc.queryForObject("select base_url from mailin_connection", String.class))
                    .isEqualTo(mailin.baseUrl());

            // the same address with the email in other letter case keeps the stored password
            assertThat(mvc.perform(asAdmin(post("/settings").param("baseUrl", mailin.baseUrl() + "/")
                    .param("email", "OPS@mailin.test").param("deviceName", "dashboard-test"))).andReturn()
                    .getResponse().getRedirectedUrl()).isEqualTo("/settings");
        } finally {
            attacker.stop();
        }
    }

    @Test
    void plainHttpIsRefusedExceptForThisMachine() throws Exception {
        MockHttpServletResponse refused = mvc.perform(asAdmin(post("/settings").param("baseUrl", "http://mailin.example.com")
                .param("email", "ops@mailin.test").param("password", SECRET))).andReturn().getResponse();
        assertThat(refused.getContentAsString()).contains("Use an https:// address");
        assertThat(jdbc.queryForObject("select base_url from mailin_connection", String.class))
                .isEqualTo(mailin.baseUrl());
        for (String local : new String[] {"http://127.0.0.1:9", "http://localhost:9", "http://[::1]:9",
                "https://mailin.example.com"}) {
            assertThat(MailinAddressRules.secureEnough(local)).as(local).isTrue();
        }
        for (String remote : new String[] {"http://10.0.0.5", "http://localhost.evil.example", "ftp://localhost"}) {
            assertThat(MailinAddressRules.secureEnough(remote)).as(remote).isFalse();
        }
    }

    @Test
    void testConnectionLogsInWithTheStoredPasswordAndShowsTheAccount() throws Exception {
        MvcResult tested = mvc.perform(asAdmin(post("/settings/test"))).andReturn();

        assertThat(tested.getResponse().getRedirectedUrl()).isEqualTo("/settings");
        assertThat(tested.getFlashMap().keySet()).contains("testedUser").doesNotContain("testProblem");
        mailin.verify(1, postRequestedFor(urlPathEqualTo(PUBLIC + "/auth/login")));
        String page = mvc.perform(asAdmin(get("/settings")).cookie(tested.getResponse().getCookies())).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("data-test=\"tested-user\"", "ACME Corporation", "user@example.com")
                .doesNotContain("data-test=\"mailin-problem\"").doesNotContain(SECRET).doesNotContain(TOKEN);

        String storedToken = jdbc.queryForObject("select token_encrypted from mailin_connection", String.class);
        assertThat(storedToken).startsWith("v1:").doesNotContain(TOKEN);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'settings.test-connection'"
                + " and outcome = 'SUCCESS' and target_label = 'user@example.com'", Long.class)).isEqualTo(1);
    }

    private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(SignedIn.justNow(users.loadUserByUsername("admin@team.test"))).with(csrf());
    }

    private static String body(String file) throws IOException {
        try (InputStream in = MailinConnectionPagesTest.class.getResourceAsStream("/mailin/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
