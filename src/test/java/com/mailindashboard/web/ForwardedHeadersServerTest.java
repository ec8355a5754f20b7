package com.mailindashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mailindashboard.support.PostgresDatabaseInitializer;
import com.mailindashboard.support.RealServerClient;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Issue 7 item 11 on a real Tomcat with the default configuration (no trusted proxy): a client on
 * loopback or the LAN cannot pick its own address with {@code X-Forwarded-For}, so the failed
 * login is counted and audited against the address it really came from.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = PostgresDatabaseInitializer.class)
class ForwardedHeadersServerTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    /** Issue 7 item 22: Tomcat and Spring Security's redirects never name the Host the client sent. */
    @Test
    void redirectsDoNotUseTheRequestsHostHeader() throws Exception {
        for (String path : new String[] {"/servers", "/domains?page=2"}) {
            try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
                socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: evil.example\r\n"
                        + "Accept: text/html\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
                String head = answer.substring(0, answer.indexOf("\r\n\r\n"));
                assertThat(head).startsWith("HTTP/1.1 302").doesNotContainIgnoringCase("evil.example")
                        .containsIgnoringCase("\r\nLocation: /login");
            }
        }
    }

    @Test
    void aForgedForwardedForIsIgnoredFromAnUntrustedClient() {
        RealServerClient client = new RealServerClient(port);
        String account = "nobody-" + UUID.randomUUID() + "@team.test";
        String body = "username=" + URLEncoder.encode(account, StandardCharsets.UTF_8) + "&password=wrong&_csrf="
                + URLEncoder.encode(client.csrf("/login"), StandardCharsets.UTF_8);

        int status = client.send(HttpRequest.newBuilder(URI.create(client.base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", "203.0.113.9")
                .header("X-Forwarded-Proto", "https")
                .POST(HttpRequest.BodyPublishers.ofString(body))).statusCode();

        assertThat(status).isEqualTo(302);
        assertThat(jdbc.queryForList("select ip from login_failure where account_key = ?", String.class, account))
                .singleElement().satisfies(ip -> assertThat(ip).isIn("127.0.0.1", "0:0:0:0:0:0:0:1"));
        assertThat(jdbc.queryForList("select ip from audit_event where action = 'login.failure' and actor_email = ?",
                String.class, account)).singleElement().isNotEqualTo("203.0.113.9");
    }
}
