package com.mailindashboard.mailboxes;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.mailindashboard.support.WireMockMailin.PUBLIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.mailindashboard.secrets.Masking;
import com.mailindashboard.support.IntegrationTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** {@code /mailboxes/{id}}: the panels, every action's documented request, bad input and roles. */
@IntegrationTest
@AutoConfigureMockMvc
class MailboxDetailPageTest extends MailboxPages {

    private static final String MAILBOX = PUBLIC + "/mailboxes/101";
    private static final String PASSWORD = "Sm7p-Secret-Value";

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private static void smtp() {
        stubMailbox(101, smtpMailbox(101, "john.doe@example.com", PASSWORD));
        stubRateLimit(101, "500 / 1h");
    }

    private static void google(String signature, String forwarding) {
        stubMailbox(101, googleMailbox(101, "john.doe@example.com", PASSWORD, signature, forwarding));
        MAILIN.stubFor(get(urlPathEqualTo(MAILBOX + "/rate-limit")).willReturn(aResponse().withStatus(404)
                .withBody("{\"message\": \"Mailbox not found.\"}")));
    }

    @Test
    void anSmtpMailboxShowsItsFieldsRateLimitAndServersButNotItsPassword() throws Exception {
        smtp();
        MAILIN.stubFor(get(urlPathEqualTo(PUBLIC + "/mailboxes")).willReturn(ok(body("M1-mailboxes.json"))));

        String html = page(MockMvcRequestBuilders.get("/mailboxes/101").with(viewer()));

        assertThat(html).contains("john.doe@example.com", "John Doe", "example.com", ">Active<", "2023-10-28")
                .contains("data-test=\"mailbox-rate-limit-value\">500 / 1h<")
                .as("timestamps as a person writes them").contains("data-test=\"mailbox-created\">2023-10-27 11:00 UTC<")
                .doesNotContain(".000000Z")
                .contains("<code>mail.example.com</code>", "port 993", "port 465")
                .contains(Masking.MASK)
                .doesNotContain(PASSWORD);
        MAILIN.verify(getRequestedFor(urlPathEqualTo(MAILBOX + "/rate-limit")));
        MAILIN.verify(getRequestedFor(urlPathEqualTo(PUBLIC + "/mailboxes"))
                .withQueryParam("name", equalTo("john.doe@example.com")));
    }

    @Test
    void aFailingRateLimitOrServerLookupDegradesOnlyItsOwnPanel() throws Exception {
        stubMailbox(101, smtpMailbox(101, "john.doe@example.com", PASSWORD));
        MAILIN.stubFor(get(urlPathEqualTo(MAILBOX + "/rate-limit")).willReturn(aResponse().withStatus(500)));
        MAILIN.stubFor(get(urlPathEqualTo(PUBLIC + "/mailboxes")).willReturn(aResponse().withStatus(503)));

        String html = page(MockMvcRequestBuilders.get("/mailboxes/101").with(viewer()));

        assertThat(html).contains("john.doe@example.com", "data-test=\"mailbox-rate-limit-problem\">Mailin is unavailable<")
                .contains("data-test=\"mailbox-servers-problem\">Mailin is unavailable<")
                .contains("The mailbox record says: 500 / 1h");
    }

    @Test
    void anUnknownMailboxIsNotFound() throws Exception {
        MAILIN.stubFor(get(urlPathMatching(MAILBOX + "(/rate-limit)?")).willReturn(aResponse().withStatus(404)
                .withBody("{\"message\": \"Mailbox not found.\"}")));

        String html = mvc.perform(MockMvcRequestBuilders.get("/mailboxes/101").with(viewer()))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Not found or not yours");
    }

    @Test
    void renamingSendsTheNameAndComesBackWithAMessage() throws Exception {
        stubMailbox(101, smtpMailbox(101, "john.doe@example.com", "pw-123456"));
        MAILIN.stubFor(WireMock.post(urlPathEqualTo(MAILBOX + "/name")).willReturn(ok(body("M5-rename.json"))));

        mvc.perform(action("/mailboxes/101/name").param("name", "  Sales Team "))
                .andExpect(redirectedUrl("/mailboxes/101"))
                .andExpect(flash().attribute("flashSuccess", "The mailbox was renamed."));

        MAILIN.verify(1, postRequestedFor(urlPathEqualTo(MAILBOX + "/name"))
                .withRequestBody(equalToJson("{\"name\": \"Sales Team\"}")));
    }

    @Test
    void aBlankNameIsRefusedNextToTheFieldWithoutAskingMailin() throws Exception {
        smtp();

        String html = page(action("/mailboxes/101/name").param("name", "   "));

        assertThat(html).contains("data-test=\"error-name\"", "Enter a name.");
        MAILIN.verify(0, postRequestedFor(urlPathEqualTo(MAILBOX + "/name")));
    }

    @Test
    void changingThePasswordSendsIt() throws Exception {
        MAILIN.stubFor(WireMock.post(urlPathEqualTo(MAILBOX + "/password")).willReturn(ok(body("M6-password.json"))));

        mvc.perform(action("/mailboxes/101/password").param("password", "N3w-Passw0rd!"))
                .andExpect(redirectedUrl("/mailboxes/101"))
                .andExpect(flash().attribute("flashSuccess", "The password was changed."));

        MAILIN.verify(1, postRequestedFor(urlPathEqualTo(MAILBOX + "/password"))
                .withRequestBody(equalToJson("{\"password\": \"N3w-Passw0rd!\"}")));
    }

    @Test
    void aPasswordOutside8To24CharactersIsRefusedAndKept() throws Exception {
        smtp();

        String shortHtml = page(action("/mailboxes/101/password").param("password", "short1"));
        String longHtml = page(action("/mailboxes/101/password").param("password", "x".repeat(25)));

        assertThat(shortHtml).contains("data-test=\"error-password\"", "Use 8 to 24 characters.", "value=\"short1\"");
        assertThat(longHtml).contains("Use 8 to 24 characters.", "x".repeat(25));
        MAILIN.verify(0, postRequestedFor(urlPathEqualTo(MAILBOX + "/password")));
    }

    @Test
    void mailinsRefusalIsShownNextToTheFormWithTheInputKept() throws Exception {
        smtp();
        MAILIN.stubFor(WireMock.post(urlPathEqualTo(MAILBOX + "/password")).willReturn(aResponse().withStatus(422)
                .withBody("{\"message\": \"The password is too weak.\", \"errors\": {\"password\": "
                        + "[\"The password must contain a symbol.\"]}}")));

        String html = page(action("/mailboxes/101/password").param("password", "abcdefgh1"));

        assertThat(html).contains("The password is too weak.", "The password must contain a symbol.",
                "value=\"abcdefgh1\"");
        MAILIN.verify(1, postRequestedFor(urlPathEqualTo(MAILBOX + "/password")));
    }

    @Test
    void theServerSideGeneratorFillsInAStrongPassword() throws Exception {
        smtp();

        String html = page(action("/mailboxes/101/password/generate"));

        Matcher value = Pattern.compile("id=\"password\" name=\"password\" value=\"([^\"]+)\"").matcher(html);
        assertThat(value.find()).as("generated password in the field").isTrue();
        String generated = value.group(1).replace("&#39;", "'").replace("&amp;", "&");
        assertThat(generated).hasSize(16).containsPattern("[a-z]").containsPattern("[A-Z]")
                .containsPattern("[0-9]").containsPattern("[^A-Za-z0-9]");
        assertThat(html).contains("A strong random password was generated.");
        MAILIN.verify(0, postRequestedFor(urlPathEqualTo(MAILBOX + "/password")));
    }

    @Test
    void deletingNeedsTheAddressTypedExactly() throws Exception {
        smtp();

        String html = page(action("/mailboxes/101/delete").param("confirmation", "John.Doe@example.com"));

        assertThat(html).contains("data-test=\"error-confirmation\"", "type it exactly", "value=\"John.Doe@example.com\"");
        MAILIN.verify(0, deleteRequestedFor(urlPathEqualTo(MAILBOX)));
    }

    @Test
    void deletingWithTheAddressDeletesAndGoesBackToTheList() throws Exception {
        smtp();
        MAILIN.stubFor(delete(urlPathEqualTo(MAILBOX)).willReturn(ok(body("M7-delete.json"))));

        mvc.perform(action("/mailboxes/101/delete").param("confirmation", "john.doe@example.com"))
                .andExpect(redirectedUrl("/mailboxes"))
                .andExpect(flash().attribute("flashSuccess", "The mailbox john.doe@example.com was deleted."));

        MAILIN.verify(1, deleteRequestedFor(urlPathEqualTo(MAILBOX)));
    }

    @Test
    void aFailedDeletionComesBackWithMailinsMessage() throws Exception {
        google(null, null);
        MAILIN.stubFor(delete(urlPathEqualTo(MAILBOX)).willReturn(aResponse().withStatus(311)
                .withBody("{\"message\": \"Mailbox is still in use.\"}")));

        mvc.perform(action("/mailboxes/101/delete").param("confirmation", "john.doe@example.com"))
                .andExpect(redirectedUrl("/mailboxes/101"))
                .andExpect(flash().attribute("flashError", "Mailin refused the request: Mailbox is still in use."));
    }

    @Test
    void aGoogleMailboxShowsItsSignatureAndForwardingAndHidesItsSecrets() throws Exception {
        google("Best regards,\nJohn", "team@example.org");

        String html = page(MockMvcRequestBuilders.get("/mailboxes/101").with(operator()));

        assertThat(html).contains("All Google mailboxes", "Best regards,\nJohn", "team@example.org")
                .contains("data-test=\"reveal-credentials\"", "data-test=\"totp-generate\"")
                .contains("action=\"/mailboxes/101/forwarding/update\"", "data-test=\"signature-delete\"")
                .doesNotContain(PASSWORD, "data-test=\"password-form\"", "data-test=\"mailbox-rate-limit\"",
                        "data-test=\"mailbox-servers\"");
    }

    @Test
    void renamingAGoogleMailboxUsesG9() throws Exception {
        stubMailbox(101, googleMailbox(101, "jo@gexample.com", "pw-123456", null, null));
        MAILIN.stubFor(WireMock.post(urlPathEqualTo(MAILBOX + "/name")).willReturn(ok(body("G9-rename.json"))));

        mvc.perform(action("/mailboxes/101/name").param("name", "Jo").param("google", "false"))
                .andExpect(redirectedUrl("/mailboxes/101"));

        MAILIN.verify(1, postRequestedFor(urlPathEqualTo(MAILBOX + "/name"))
                .withRequestBody(equalToJson("{\"name\": \"Jo\"}")));
        assertThat(jdbc.queryForList("select action from audit_event where action like 'mailin.%rename'"
                + " order by id desc", String.class)).first().as("a forged google=false is ignored: G9, not M5")
                .isEqualTo("mailin.google-mailbox-rename");
    }

    @Test
    void aMultiLineSignatureIsSentAsTyped() throws Exception {
        MAILIN.stubFor(WireMock.post(urlPathEqualTo(MAILBOX + "/add-signature"))
                .willReturn(ok(body("G12-signature-add.json"))));

        mvc.perform(action("/mailboxes/101/signature").param("signature", "Best,\nJohn\nSales"))
                .andExpect(redirectedUrl("/mailboxes/101"))
                .andExpect(flash().attribute("flashSuccess", "The signature was saved."));

        MAILIN.verify(1, postRequestedFor(urlPathEqualTo(MAILBOX + "/add-signature"))
                .withRequestBody(equalToJson("{\"signature\": \"Best,\\nJohn\\nSales\"}")));
    }

    @Test
    void aRefusedSignatureKeepsTheText() throws Exception {
        google(null, null);
        MAILIN.stubFor(WireMock.post(urlPathEqualTo(MAILBOX + "/add-signature")).willReturn(aResponse().withStatus(422)
                .withBody("{\"message\": \"The signature may not contain scripts.\"}")));

        String html = page(action("/mailboxes/101/signature").param("signature", "Line one\nLine <two>"));

        assertThat(html).contains("The signature may not contain scripts.", "Line one\nLine &lt;two&gt;</textarea>");
    }

    @Test
    void aBlankSignatureIsRefusedWithoutAskingMailin() throws Exception {
        google(null, null);

        String html = page(action("/mailboxes/101/signature").param("signature", " \n "));

        assertThat(html).contains("data-test=\"error-signature\"", "Enter the signature.");
        MAILIN.verify(0, postRequestedFor(urlPathEqualTo(MAILBOX + "/add-signature")));
    }

    @Test
    void theSignatureCanBeDeleted() throws Exception {
        MAILIN.stubFor(delete(urlPathEqualTo(MAILBOX + "/delete-signature"))
                .willReturn(ok(body("G13-signature-delete.json"))));

        mvc.perform(action("/mailboxes/101/signature/delete"))
                .andExpect(redirectedUrl("/mailboxes/101"))
                .andExpect(flash().attribute("flashSuccess", "The signature was deleted."));

        MAILIN.verify(1, deleteRequestedFor(urlPathEqualTo(MAILBOX + "/delete-signature")));
    }

    @Test
    void forwardingIsSetUpUpdatedAndRemoved() throws Exception {
        MAILIN.stubFor(WireMock.post(urlPathEqualTo(MAILBOX + "/forwarding/setup"))
                .willReturn(ok(body("G14-forwarding-setup.json"))));
        MAILIN.stubFor(WireMock.post(urlPathEqualTo(MAILBOX + "/forwarding/update"))
                .willReturn(ok(body("G15-forwarding-update.json"))));
        MAILIN.stubFor(WireMock.post(urlPathEqualTo(MAILBOX + "/google/forwarding"))
                .willReturn(ok(body("G16-forwarding-remove.json"))));

        mvc.perform(action("/mailboxes/101/forwarding/setup").param("forwardingEmail", "team@example.org"))
                .andExpect(redirectedUrl("/mailboxes/101"))
                .andExpect(flash().attribute("flashSuccess", "Forwarding was set up."));
        mvc.perform(action("/mailboxes/101/forwarding/update").param("forwardingEmail", "sales@example.org"))
                .andExpect(flash().attribute("flashSuccess", "Forwarding was updated."));
        mvc.perform(action("/mailboxes/101/forwarding/remove"))
                .andExpect(flash().attribute("flashSuccess", "Forwarding was removed."));

        MAILIN.verify(1, postRequestedFor(urlPathEqualTo(MAILBOX + "/forwarding/setup"))
                .withRequestBody(equalToJson("{\"forwarding_email\": \"team@example.org\"}")));
        MAILIN.verify(1, postRequestedFor(urlPathEqualTo(MAILBOX + "/forwarding/update"))
                .withRequestBody(equalToJson("{\"forwarding_email\": \"sales@example.org\"}")));
        MAILIN.verify(1, postRequestedFor(urlPathEqualTo(MAILBOX + "/google/forwarding")));
    }

    @Test
    void aForwardingAddressMustBeAnEmailAddress() throws Exception {
        google(null, null);

        String html = page(action("/mailboxes/101/forwarding/setup").param("forwardingEmail", "not-an-address"));

        assertThat(html).contains("data-test=\"error-forwardingEmail\"", "This is not a valid email address.",
                "value=\"not-an-address\"");
        MAILIN.verify(0, postRequestedFor(urlPathMatching(MAILBOX + "/forwarding/.*")));
    }

    @Test
    void viewersSeeNoActionsAndAreRefusedEveryWrite() throws Exception {
        google("Sig", "team@example.org");

        String html = page(MockMvcRequestBuilders.get("/mailboxes/101").with(viewer()));

        assertThat(html).contains("john.doe@example.com", Masking.MASK)
                .doesNotContain("rename-form", "delete-form", "signature-form", "forwarding-form", "reveal-credentials",
                        "totp-generate", "password-form");
        for (String path : new String[] {"/mailboxes/101/name", "/mailboxes/101/password", "/mailboxes/101/delete",
                "/mailboxes/101/signature", "/mailboxes/101/signature/delete", "/mailboxes/101/forwarding/setup",
                "/mailboxes/101/forwarding/remove", "/mailboxes/101/password/generate"}) {
            mvc.perform(post(path).param("name", "X").param("password", "abcdefgh12")
                            .param("confirmation", "john.doe@example.com").param("signature", "S")
                            .param("forwardingEmail", "a@example.org").with(viewer()).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        MAILIN.verify(0, postRequestedFor(urlPathMatching(MAILBOX + "/.*")));
        MAILIN.verify(0, deleteRequestedFor(urlPathMatching(MAILBOX + ".*")));
    }

    private static MockHttpServletRequestBuilder action(String path) {
        return post(path).with(operator()).with(csrf());
    }
}
