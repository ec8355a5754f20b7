package com.mailindashboard.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.mailindashboard.gateway.MailinConnection;
import com.mailindashboard.gateway.MailinToken;
import com.mailindashboard.secrets.SecretCipher;
import com.mailindashboard.secrets.SecretCipherException;
import com.mailindashboard.support.IntegrationTest;
import com.mailindashboard.support.SignedIn;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Mailin password and token, saved through the settings page, exist in the database only
 * encrypted (AES-GCM, "v1:" format), come back only through the connection service, and appear
 * neither in pages nor in the audit log. Its own database and its own secret key.
 */
@IntegrationTest
@AutoConfigureMockMvc
// the fleet summary and the poller would log in with the saved connection while a test changes it
@TestPropertySource(properties = {"dashboard.secret-key=secrets-at-rest-test-key", "dashboard.jobs.start-delay=1h"})
class SecretsAtRestTest {

    private static final String SECRET = "S3cret-Mailin-Pass!";
    private static final String BASE_URL = "https://api.mailin.invalid";

    private final MockMvc mvc;
    private final JdbcTemplate jdbc;
    private final MailinConnectionService connections;
    private final SecretCipher cipher;
    private final UserDetailsService users;

    @Autowired
    SecretsAtRestTest(MockMvc mvc, JdbcTemplate jdbc, MailinConnectionService connections, SecretCipher cipher,
                      UserDetailsService users) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.connections = connections;
        this.cipher = cipher;
        this.users = users;
    }

    @Test
    void theSavedPasswordIsStoredEncryptedAndDecryptsBack() throws Exception {
        save(SECRET);

        Map<String, Object> row = jdbc.queryForMap("select * from mailin_connection");
        String stored = (String) row.get("password_encrypted");
        assertThat(stored).startsWith("v1:");
        assertThat(row.values()).allSatisfy(value -> assertThat(String.valueOf(value))
                .doesNotContain(SECRET).doesNotContainIgnoringCase(hex(SECRET))
                .doesNotContain(base64(SECRET)).doesNotContain(base64(SECRET).replace("=", "")));
        assertThat(row).containsEntry("account_email", "ops@mailin.test").containsEntry("base_url", BASE_URL)
                .containsEntry("updated_by", "admin@team.test");

        assertThat(connections.connection()).get().extracting(MailinConnection::password).isEqualTo(SECRET);
        assertThat(cipher.decrypt(stored)).isEqualTo(SECRET);
        SecretCipher otherKey = new SecretCipher(new SecretKeySpec(randomBytes(32), "AES"));
        assertThatThrownBy(() -> otherKey.decrypt(stored)).isInstanceOf(SecretCipherException.class)
                .hasMessageContaining("DASHBOARD_SECRET_KEY");
    }

    @Test
    void theSameSecretSavedTwiceIsStoredDifferently() throws Exception {
        save(SECRET);
        String first = storedPassword();
        save(SECRET);

        assertThat(storedPassword()).isNotEqualTo(first).startsWith("v1:");
        assertThat(connections.connection()).get().extracting(MailinConnection::password).isEqualTo(SECRET);
    }

    @Test
    void aBlankPasswordKeepsTheStoredOne() throws Exception {
        save(SECRET);
        String stored = storedPassword();

        MockHttpServletResponse response = mvc.perform(post("/settings").param("baseUrl", BASE_URL)
                .param("email", "ops@mailin.test").param("password", "").param("deviceName", "renamed-device")
                .with(csrf()).with(SignedIn.justNow(users.loadUserByUsername("admin@team.test")))).andReturn().getResponse();

        assertThat(response.getRedirectedUrl()).isEqualTo("/settings");
        assertThat(storedPassword()).isEqualTo(stored);
        assertThat(connections.connection()).get().satisfies(connection -> {
            assertThat(connection.password()).isEqualTo(SECRET);
            assertThat(connection.deviceName()).isEqualTo("renamed-device");
        });
        assertThat(latestSettingsAudit()).contains("password=unchanged").doesNotContain(SECRET);
    }

    @Test
    void theSettingsPageNeverShowsThePassword() throws Exception {
        save(SECRET);

        String page = mvc.perform(get("/settings").with(SignedIn.justNow(users.loadUserByUsername("admin@team.test"))))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("ops@mailin.test", "Stored (leave empty to keep it)")
                .doesNotContain(SECRET).doesNotContain(storedPassword());

        // nor when the form comes back with an error next to another field
        MockHttpServletResponse refused = mvc.perform(post("/settings").param("baseUrl", "not a url")
                .param("email", "ops@mailin.test").param("password", "Another-Secret-123")
                .with(csrf()).with(SignedIn.justNow(users.loadUserByUsername("admin@team.test")))).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("data-test=\"error-baseUrl\"")
                .doesNotContain("Another-Secret-123").doesNotContain(SECRET);
        assertThat(connections.connection()).get().extracting(MailinConnection::password).isEqualTo(SECRET);
    }

    @Test
    void theAuditSummaryRedactsThePassword() throws Exception {
        save(SECRET);

        assertThat(latestSettingsAudit()).contains("email=ops@mailin.test", "password=[redacted")
                .doesNotContain(SECRET);
        List<String> everyEvent = jdbc.queryForList("select concat_ws('|', actor_email, target_id, target_label,"
                + " summary, upstream_message) from audit_event", String.class);
        assertThat(everyEvent).isNotEmpty().noneMatch(event -> event.contains(SECRET));
    }

    @Test
    void theMailinTokenIsStoredEncryptedToo() throws Exception {
        save(SECRET);
        String token = "tok-" + HexFormat.of().formatHex(randomBytes(16));

        connections.storeToken(new MailinToken(token, "4242"));

        Map<String, Object> row = jdbc.queryForMap("select token_encrypted, user_id from mailin_connection");
        assertThat((String) row.get("token_encrypted")).startsWith("v1:").doesNotContain(token)
                .doesNotContain(base64(token));
        assertThat(row).containsEntry("user_id", "4242");
        assertThat(connections.storedToken()).contains(new MailinToken(token, "4242"));

        // a token is only used for the account it was issued to (e.g. after MAILIN_API_EMAIL changed)
        jdbc.update("update mailin_connection set account_email = 'someone-else@mailin.test'");
        connections.forgetCachedRow();
        assertThat(connections.storedToken()).isEmpty();
        jdbc.update("update mailin_connection set account_email = 'ops@mailin.test'");
        connections.forgetCachedRow();
        assertThat(connections.storedToken()).contains(new MailinToken(token, "4242"));

        // a changed password drops the token: it belonged to the old credentials
        save(SECRET + "-new");
        assertThat(connections.storedToken()).isEmpty();
        assertThat(connections.connection()).get().extracting(MailinConnection::password).isEqualTo(SECRET + "-new");
    }

    private void save(String password) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/settings").param("baseUrl", BASE_URL)
                .param("email", "ops@mailin.test").param("password", password).param("deviceName", "dashboard-test")
                .with(csrf()).with(SignedIn.justNow(users.loadUserByUsername("admin@team.test")))).andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).as("saved").isEqualTo("/settings");
    }

    private String storedPassword() {
        return jdbc.queryForObject("select password_encrypted from mailin_connection", String.class);
    }

    private String latestSettingsAudit() {
        return jdbc.queryForObject("select summary from audit_event where action = 'settings.connection'"
                + " order by id desc limit 1", String.class);
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String hex(String text) {
        return HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
