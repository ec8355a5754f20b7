package com.mailindashboard.mailboxes;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.mailindashboard.support.WireMockMailin.PUBLIC;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.mailindashboard.support.WireMockMailin;
import com.mailindashboard.support.WireMockPageTest;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Shared pieces of the mailbox page tests: the application pointed at WireMock (reset before each
 * test), teammates, documented bodies and mailbox stubs.
 */
abstract class MailboxPages extends WireMockPageTest {

    static final WireMockServer MAILIN = WireMockMailin.server();


    /** The page's HTML, which must answer 200. */
    String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    static RequestPostProcessor operator() {
        return user("operator@team.test").roles("OPERATOR");
    }

    static RequestPostProcessor viewer() {
        return user("viewer@team.test").roles("VIEWER");
    }

    /** A documented example body from {@code src/test/resources/mailin}, verbatim. */
    static String body(String file) {
        return documented(file);
    }

    /** An SMTP mailbox as M2 documents it (no servers), with the given id, address and password. */
    static String smtpMailbox(long id, String username, String password) {
        return """
                {"id": %d, "domain_id": 1, "name": "John Doe", "username": "%s", "password": "%s",
                 "redirect_email": null, "status": "Active", "rate_limit": "500 / 1h",
                 "created_at": "2023-10-27T11:00:00.000000Z", "updated_at": "2023-10-28T11:00:00.000000Z"}
                """.formatted(id, username, password);
    }

    /** A Google mailbox as G6 documents it, with the given id, address, password, signature and forwarding. */
    static String googleMailbox(long id, String username, String password, String signature, String forwarding) {
        return """
                {"id": %d, "domain_id": 1, "name": "John Doe", "username": "%s", "password": "%s",
                 "signature": %s, "redirect_email": %s, "status": "1", "provider_type": "google",
                 "created_at": "2023-10-27T11:00:00.000000Z", "updated_at": "2023-10-27T11:00:00.000000Z"}
                """.formatted(id, username, password, quoted(signature), quoted(forwarding));
    }

    /** M2 (and G6) answer for one mailbox. */
    static void stubMailbox(long id, String json) {
        MAILIN.stubFor(get(urlPathEqualTo(PUBLIC + "/mailboxes/" + id)).willReturn(ok(json)));
    }

    /** M8 answer for one mailbox. */
    static void stubRateLimit(long id, String limit) {
        MAILIN.stubFor(get(urlPathEqualTo(PUBLIC + "/mailboxes/" + id + "/rate-limit")).willReturn(
                ok("{\"id\": " + id + ", \"username\": \"x@example.com\", \"rate_limit\": \"" + limit + "\"}")));
    }

    static ResponseDefinitionBuilder ok(String json) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(json);
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value.replace("\n", "\\n") + "\"";
    }
}
