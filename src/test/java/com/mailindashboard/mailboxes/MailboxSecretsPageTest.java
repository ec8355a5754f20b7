package com.mailindashboard.mailboxes;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.mailindashboard.support.WireMockMailin.PUBLIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.mailindashboard.secrets.Masking;
import com.mailindashboard.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Secrets of mailboxes: masked in pages, revealed only by a POST of an admin or operator, in place
 * with htmx, and audited; Google sign-in codes with their expiry.
 */
@IntegrationTest
@AutoConfigureMockMvc
class MailboxSecretsPageTest extends MailboxPages {

    private static final String SMTP_PASSWORD = "Reveal-Me-7781";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSmtpPageNeverHoldsThePasswordAndAnOperatorRevealsItInPlace() throws Exception {
        stubMailbox(7101, smtpMailbox(7101, "reveal.smtp@example.com", SMTP_PASSWORD));
        stubRateLimit(7101, "50");
        MAILIN.stubFor(get(urlPathEqualTo(PUBLIC + "/mailboxes")).willReturn(ok(body("M1-mailboxes.json"))));

        String before = page(MockMvcRequestBuilders.get("/mailboxes/7101").with(operator()));
        String revealed = page(reveal("/mailboxes/7101/password/reveal", operator()).header("HX-Request", "true"));

        assertThat(before).doesNotContain(SMTP_PASSWORD).contains(Masking.MASK, "data-test=\"reveal-password\"")
                .contains("hx-post=\"/mailboxes/7101/password/reveal\"", "hx-target=\"#mailbox-password\"");
        assertThat(revealed).contains("data-test=\"revealed-password\">" + SMTP_PASSWORD + "<", "id=\"mailbox-password\"")
                .doesNotContain("<html", "<nav");
        assertThat(audits("mailboxes.reveal-password", "7101")).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("actor_email", "operator@team.test").containsEntry("outcome", "SUCCESS")
                    .containsEntry("target_type", "mailbox").containsEntry("target_label", "reveal.smtp@example.com");
            assertThat(String.valueOf(row.get("summary"))).doesNotContain(SMTP_PASSWORD);
        });
    }

    @Test
    void withoutHtmxTheRevealIsAPageOfItsOwn() throws Exception {
        stubMailbox(7102, smtpMailbox(7102, "plain.reveal@example.com", SMTP_PASSWORD));

        String html = page(reveal("/mailboxes/7102/password/reveal", operator()));

        assertThat(html).contains("<nav", "Mailbox password", SMTP_PASSWORD, "href=\"/mailboxes/7102\"");
        assertThat(audits("mailboxes.reveal-password", "7102")).hasSize(1);
    }

    @Test
    void viewersCannotRevealAndMailinIsNotAsked() throws Exception {
        stubMailbox(7103, smtpMailbox(7103, "viewer.try@example.com", SMTP_PASSWORD));
        MAILIN.stubFor(get(urlPathEqualTo(PUBLIC + "/mailboxes/7103/show-credentials"))
                .willReturn(ok(body("G11-credentials.json"))));

        for (String path : new String[] {"/mailboxes/7103/password/reveal", "/mailboxes/7103/credentials/reveal",
                "/mailboxes/7103/totp"}) {
            String html = mvc.perform(reveal(path, viewer()).header("HX-Request", "true"))
                    .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
            assertThat(html).doesNotContain(SMTP_PASSWORD, "R9yAvvm9UN");
        }

        MAILIN.verify(0, getRequestedFor(urlPathEqualTo(PUBLIC + "/mailboxes/7103")));
        MAILIN.verify(0, getRequestedFor(urlPathEqualTo(PUBLIC + "/mailboxes/7103/show-credentials")));
        MAILIN.verify(0, postRequestedFor(urlPathEqualTo(PUBLIC + "/mailboxes/7103/generate-totp")));
        assertThat(audits("mailboxes.reveal-password", "7103")).isEmpty();
        assertThat(audits("mailboxes.reveal-credentials", "7103")).isEmpty();
    }

    @Test
    void aViewerSeesTheMaskButNoRevealButton() throws Exception {
        stubMailbox(7104, smtpMailbox(7104, "masked@example.com", SMTP_PASSWORD));
        stubRateLimit(7104, "50");
        MAILIN.stubFor(get(urlPathEqualTo(PUBLIC + "/mailboxes")).willReturn(ok(body("M1-mailboxes.json"))));

        String html = page(MockMvcRequestBuilders.get("/mailboxes/7104").with(viewer()));

        assertThat(html).contains(Masking.MASK).doesNotContain(SMTP_PASSWORD, "reveal-password", "/password/reveal");
    }

    @Test
    void googleCredentialsAreMaskedUntilAnOperatorRevealsThem() throws Exception {
        stubMailbox(7105, googleMailbox(7105, "google.reveal@example.com", "password_value", "Sig", null));
        MAILIN.stubFor(get(urlPathEqualTo(PUBLIC + "/mailboxes/7105/rate-limit")).willReturn(aResponse().withStatus(404)));
        MAILIN.stubFor(get(urlPathEqualTo(PUBLIC + "/mailboxes/7105/show-credentials"))
                .willReturn(ok(body("G11-credentials.json"))));

        String before = page(MockMvcRequestBuilders.get("/mailboxes/7105").with(operator()));
        String revealed = page(reveal("/mailboxes/7105/credentials/reveal", operator()).header("HX-Request", "true"));

        assertThat(before).doesNotContain("password_value", "R9yAvvm9UN", "dmaptyzdjhbkhhrzot2nvr4hjk7tk3mg")
                .contains("hx-post=\"/mailboxes/7105/credentials/reveal\"", "hx-target=\"#mailbox-credentials\"");
        assertThat(revealed).contains("id=\"mailbox-credentials\"")
                .contains("data-test=\"revealed-password\">R9yAvvm9UN<")
                .contains("data-test=\"revealed-secret\">dmaptyzdjhbkhhrzot2nvr4hjk7tk3mg<")
                .contains("data-test=\"revealed-app-password\">uphw yazt rfrf dmmw <");
        assertThat(audits("mailboxes.reveal-credentials", "7105")).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("actor_email", "operator@team.test").containsEntry("outcome", "SUCCESS")
                .containsEntry("target_label", "google.reveal@example.com"));
    }

    @Test
    void aFailedRevealIsShownAndAuditedAsAFailure() throws Exception {
        MAILIN.stubFor(get(urlPathEqualTo(PUBLIC + "/mailboxes/7106")).willReturn(aResponse().withStatus(404)
                .withBody("{\"message\": \"Mailbox not found.\"}")));
        MAILIN.stubFor(get(urlPathEqualTo(PUBLIC + "/mailboxes/7106/show-credentials")).willReturn(aResponse()
                .withStatus(404).withBody("{\"message\": \"Mailbox not found.\"}")));

        String html = page(reveal("/mailboxes/7106/credentials/reveal", operator()).header("HX-Request", "true"));

        assertThat(html).contains("data-test=\"reveal-problem\">Not found or not yours: Mailbox not found.<")
                .contains(Masking.MASK);
        assertThat(audits("mailboxes.reveal-credentials", "7106")).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("outcome", "FAILURE").containsEntry("upstream_status", 404));
    }

    @Test
    void aGeneratedSignInCodeCountsDownToItsExpiry() throws Exception {
        MAILIN.stubFor(WireMock.post(urlPathEqualTo(PUBLIC + "/mailboxes/7107/generate-totp"))
                .willReturn(ok(body("G10-totp.json"))));

        String html = page(reveal("/mailboxes/7107/totp", operator()).header("HX-Request", "true"));

        assertThat(html).contains("id=\"mailbox-totp\"", "data-test=\"totp-code\">700221<")
                .contains("data-expires-at=\"1770360450\"", "data-countdown-text=\"Expires in {0} s\"")
                .contains("Expires at 2026-02-06T06:47:30Z", "Generate another code");
        MAILIN.verify(1, postRequestedFor(urlPathEqualTo(PUBLIC + "/mailboxes/7107/generate-totp")));
    }

    @Test
    void aRefusedSignInCodeSaysWhy() throws Exception {
        MAILIN.stubFor(WireMock.post(urlPathEqualTo(PUBLIC + "/mailboxes/7108/generate-totp"))
                .willReturn(ok("{\"error\": true, \"message\": \"TOTP is not enabled for this mailbox\"}")));

        String html = page(reveal("/mailboxes/7108/totp", operator()).header("HX-Request", "true"));

        assertThat(html).contains("Mailin refused the request: TOTP is not enabled for this mailbox")
                .doesNotContain("data-test=\"totp-code\"");
    }

    private static MockHttpServletRequestBuilder reveal(String path, RequestPostProcessor who) {
        return post(path).with(who).with(csrf());
    }

    private List<Map<String, Object>> audits(String action, String mailboxId) {
        return jdbc.queryForList("select actor_email, outcome, target_type, target_label, summary, upstream_status"
                + " from audit_event where action = ? and target_id = ?", action, mailboxId);
    }
}
