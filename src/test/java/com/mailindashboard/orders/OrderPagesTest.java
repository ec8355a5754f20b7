package com.mailindashboard.orders;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.mailindashboard.support.WireMockMailin.PUBLIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.mailindashboard.support.WireMockMailin;
import com.mailindashboard.support.WireMockPageTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * {@code /orders}, {@code /orders/new} and {@code /orders/{id}} against WireMock: the form checked
 * before any call and nothing typed lost, the builder, preview and one Z1 per confirm, the order
 * page with masked passwords, the audited reveal, the 311 of a re-upload, delete and export.
 */
class OrderPagesTest extends WireMockPageTest {

    static final WireMockServer mailin = WireMockMailin.server();
    static final RequestPostProcessor OPERATOR = user("op@team.test").roles("OPERATOR");
    static final RequestPostProcessor VIEWER = user("viewer@team.test").roles("VIEWER");
    private static final Pattern KEY = Pattern.compile("name=\"operationKey\" value=\"([0-9a-f-]{36})\"");

    @Autowired
    JdbcTemplate jdbc;

    private void stubChoices() {
        mailin.stubFor(get(urlPathEqualTo(PUBLIC + "/inbox-providers"))
                .willReturn(aResponse().withStatus(200).withBody(documented("P2-providers.json").replace("\"last_page\": 5", "\"last_page\": 1"))));
        mailin.stubFor(get(urlPathEqualTo(PUBLIC + "/domain-registrars"))
                .willReturn(aResponse().withStatus(200).withBody(documented("R2-registrars.json").replace("\"last_page\": 5", "\"last_page\": 1"))));
    }

    private void stubAvailable(String name, boolean available) {
        mailin.stubFor(get(urlPathEqualTo(PUBLIC + "/domains/check/domain-availability"))
                .willReturn(aResponse().withStatus(available ? 200 : 404).withBody(available
                        ? "{\"available\": true, \"message\": \"Domain is available\"}"
                        : "{\"available\": false, \"message\": \"Domain is unavailable\"}")));
    }

    static String rows(String domain, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "User " + i + ", user" + i + "@" + domain)
                .collect(Collectors.joining("\n"));
    }

    private static MockHttpServletRequestBuilder form(String path) {
        return MockMvcRequestBuilders.post(path).with(OPERATOR).with(csrf());
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theFormSaysHowManyMailboxesAreMissingAndWhichLinesAreWrongKeepingEverythingTyped() throws Exception {
        stubChoices();
        stubAvailable("check-order.com", true);
        String typed = "Jane Doe, jane@check-order.com\nBob, bob@elsewhere.com\nJane Again, jane@check-order.com\nno-address";
        String page = html(form("/orders/new/preview").param("source", "buy").param("domain", "check-order.com")
                .param("mode", "manual").param("mailboxes", typed).param("providerId", "1"));

        assertThat(page).contains("data-test=\"error-mailboxes\"").contains("4 of 100 mailboxes: 96 missing")
                .contains("data-test=\"row-problem-2\"").contains("The address is not on check-order.com")
                .contains("data-test=\"row-problem-3\"").contains("listed more than once")
                .contains("data-test=\"row-problem-4\"")
                .contains("bob@elsewhere.com").contains("value=\"check-order.com\"");
        mailin.verify(0, postRequestedFor(urlEqualTo(PUBLIC + "/azure-orders/add")));
    }

    @Test
    void aDomainToBuyMustHaveATldMailinSellsAndBeAvailable() throws Exception {
        stubChoices();
        String page = html(form("/orders/new/preview").param("source", "buy").param("domain", "wrong-tld.org")
                .param("mode", "auto").param("fullNames", "Jane Doe"));
        assertThat(page).contains("data-test=\"error-domain\"").contains(".com, .co, .ca or .biz");
        mailin.verify(0, getRequestedFor(urlPathEqualTo(PUBLIC + "/domains/check/domain-availability")));

        stubAvailable("taken-order.com", false);
        page = html(form("/orders/new/preview").param("source", "buy").param("domain", "taken-order.com")
                .param("mode", "auto").param("fullNames", "Jane Doe"));
        assertThat(page).contains("data-test=\"error-domain\"").contains("taken-order.com cannot be bought");

        page = html(form("/orders/new/preview").param("source", "transfer").param("domain", "owned-order.org")
                .param("registrarId", "1").param("mode", "auto").param("fullNames", "Jane Doe"));
        assertThat(page).contains("data-test=\"order-confirm\"").contains("owned-order.org stays yours")
                .contains("My GoDaddy Account");
    }

    @Test
    void theBuilderTurnsPeopleIntoAHundredUniqueAddressesOnTheDomain() throws Exception {
        stubChoices();
        MvcResult result = mvc.perform(form("/orders/new/build").param("domain", "build-order.com")
                        .param("mode", "manual").param("people", "Jane Doe\nJohn Smith\nAna Núñez")
                        .param("patterns", "FIRST_DOT_LAST", "FIRST", "F_DOT_LAST"))
                .andExpect(status().isOk()).andReturn();
        OrderForm built = (OrderForm) result.getModelAndView().getModel().get("form");
        var lines = OrderChecks.lines(built.getMailboxes());
        assertThat(lines).hasSize(100);
        assertThat(lines.stream().map(l -> OrderChecks.split(l.getValue())[1]).distinct()).hasSize(100)
                .allMatch(a -> a.endsWith("@build-order.com"))
                .contains("jane.doe@build-order.com", "john@build-order.com", "a.nunez@build-order.com",
                        "jane.doe2@build-order.com");
        assertThat(result.getResponse().getContentAsString()).contains("data-test=\"builder-done\"");
    }

    @Test
    void anInboxProviderIsAddedInlineAndChosenWithoutLosingTheForm() throws Exception {
        stubChoices();
        String page = html(form("/orders/new/provider").param("domain", "inline-order.com").param("mode", "manual")
                .param("mailboxes", "Jane Doe, jane@inline-order.com").param("newProvider.type", "plusvibe")
                .param("newProvider.name", "PV inline").param("newProvider.apiKey", "inline-secret-1"));
        assertThat(page).contains("data-test=\"inline-error-workspaceId\"").contains("value=\"PV inline\"")
                .contains("inline-order.com").contains("Jane Doe, jane@inline-order.com").doesNotContain("inline-secret-1");
        mailin.verify(0, postRequestedFor(urlEqualTo(PUBLIC + "/inbox-providers/add")));

        mailin.stubFor(post(PUBLIC + "/inbox-providers/add").willReturn(aResponse().withStatus(201)
                .withBody(documented("P1-provider-created.json"))));
        MvcResult added = mvc.perform(form("/orders/new/provider").param("domain", "inline-order.com")
                        .param("mode", "manual").param("mailboxes", "Jane Doe, jane@inline-order.com")
                        .param("newProvider.type", "smartlead").param("newProvider.name", "SL inline")
                        .param("newProvider.apiKey", "inline-secret-2"))
                .andExpect(status().isOk()).andReturn();
        String html = added.getResponse().getContentAsString();
        assertThat(html).contains("data-test=\"provider-added\"").contains("Jane Doe, jane@inline-order.com")
                .doesNotContain("inline-secret-2");
        assertThat(((OrderForm) added.getModelAndView().getModel().get("form")).getProviderId()).isEqualTo(1L);
        mailin.verify(1, postRequestedFor(urlEqualTo(PUBLIC + "/inbox-providers/add"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.equalToJson(
                        "{\"name\": \"SL inline\", \"provider\": \"smartlead\", \"api_key\": \"inline-secret-2\"}")));
    }

    @Test
    void thePreviewWarnsOfThePurchaseAndAConfirmTwiceSendsOneZ1() throws Exception {
        stubChoices();
        stubAvailable("buy-order.com", true);
        mailin.stubFor(post(PUBLIC + "/azure-orders/add").willReturn(aResponse().withStatus(201)
                .withBody(documented("Z1-order-created.json"))));
        String preview = html(form("/orders/new/preview").param("source", "buy").param("domain", "buy-order.com")
                .param("mode", "manual").param("mailboxes", rows("buy-order.com", 100)).param("providerId", "1"));
        assertThat(preview).contains("data-test=\"preview-buys\"").contains("BUYS the domain buy-order.com")
                .contains("100 Microsoft 365 mailboxes on buy-order.com").contains("SmartLead Account");
        Matcher key = KEY.matcher(preview);
        assertThat(key.find()).isTrue();

        MockHttpServletRequestBuilder confirm = form("/orders/new/confirm").param("operationKey", key.group(1))
                .param("source", "buy").param("domain", "buy-order.com").param("mode", "manual")
                .param("mailboxes", rows("buy-order.com", 100)).param("providerId", "1");
        String first = mvc.perform(confirm).andExpect(redirectedUrlPattern("/orders/operations/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(form("/orders/new/confirm").param("operationKey", key.group(1)).param("source", "buy")
                        .param("domain", "buy-order.com").param("mode", "manual")
                        .param("mailboxes", rows("buy-order.com", 100)).param("providerId", "1"))
                .andExpect(redirectedUrl(first)).andExpect(flash().attribute("repeated", true));
        mailin.verify(1, postRequestedFor(urlEqualTo(PUBLIC + "/azure-orders/add")));

        String operation = html(MockMvcRequestBuilders.get(first).with(VIEWER));
        assertThat(operation).contains("Placed").contains("buy-order.com").contains("data-test=\"job-link\"");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'orders.place'"
                + " and target_label = 'buy-order.com'", Long.class)).isEqualTo(1L);
    }

    private void stubOrder() {
        mailin.stubFor(get(urlPathEqualTo(PUBLIC + "/azure-orders")).willReturn(aResponse().withStatus(200)
                .withBody(documented("Z2-orders.json"))));
        mailin.stubFor(get(PUBLIC + "/azure-orders/status/4").willReturn(aResponse().withStatus(200)
                .withBody("{\"data\": {\"id\": 4, \"status\": \"ready\"}}")));
        mailin.stubFor(get(PUBLIC + "/azure-orders/nameservers/4").willReturn(aResponse().withStatus(200)
                .withBody(documented("Z3-nameservers.json"))));
        mailin.stubFor(get(PUBLIC + "/azure-orders/get-mailboxes/4").willReturn(aResponse().withStatus(200)
                .withBody("{\"mailboxes\": [{\"name\": \"John Doe\", \"username\": \"john@example.com\","
                        + " \"password\": \"Real-Pass-1\"}]}")));
        mailin.stubFor(get("/api/v1/azure-orders/get-inbox-provider-status/4").willReturn(aResponse().withStatus(200)
                .withBody("{\"upload_status_summary\": {\"total\": 100, \"uploaded\": 97, \"alreadyExistsOtherAccount\": 1,"
                        + " \"pending\": 0, \"failed\": 2}}")));
        stubChoices();
        mailin.stubFor(get(urlPathEqualTo(PUBLIC + "/domains")).willReturn(aResponse().withStatus(200)
                .withBody(documented("D3-domains.json"))));
    }

    @Test
    void theOrderPageShowsNameserversUploadAndMailboxesWithPasswordsMasked() throws Exception {
        stubOrder();
        // the domain is at no connected registrar: the page says to set the nameservers by hand
        mailin.stubFor(get(urlPathEqualTo(PUBLIC + "/azure-orders")).willReturn(aResponse().withStatus(200)
                .withBody(documented("Z2-orders.json").replace("\"domain_registrar_id\": 1", "\"domain_registrar_id\": null"))));
        String page = html(MockMvcRequestBuilders.get("/orders/4").with(VIEWER));
        assertThat(page).contains("ns1.example.com").contains("data-test=\"copy-all\"")
                .contains("data-test=\"nameservers-instruction\"")
                .contains("97 of 100 uploaded, 1 already in another account, 0 pending, 2 failed")
                .contains("john@example.com").doesNotContain("Real-Pass-1")
                .doesNotContain("data-test=\"reveal-john@example.com\"").doesNotContain("data-test=\"order-actions\"");

        String list = html(MockMvcRequestBuilders.get("/orders").with(VIEWER));
        assertThat(list).contains("data-test=\"order-row-example.com\"").doesNotContain("Real-Pass-1");
        assertThat(html(MockMvcRequestBuilders.get("/orders?status=ready").with(VIEWER)))
                .contains("data-test=\"orders-none\"");
    }

    @Test
    void revealingAPasswordIsForOperatorsAndAudited() throws Exception {
        stubOrder();
        String page = html(MockMvcRequestBuilders.get("/orders/4").with(OPERATOR));
        assertThat(page).contains("data-test=\"reveal-john@example.com\"").doesNotContain("Real-Pass-1");

        mvc.perform(MockMvcRequestBuilders.post("/orders/4/mailboxes/reveal").param("username", "john@example.com")
                .with(VIEWER).with(csrf())).andExpect(status().isForbidden());
        String revealed = html(form("/orders/4/mailboxes/reveal").param("username", "john@example.com")
                .header("HX-Request", "true"));
        assertThat(revealed).contains("Real-Pass-1").doesNotContain("<nav");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'orders.reveal-password'"
                + " and target_label = 'john@example.com' and outcome = 'SUCCESS'", Long.class)).isEqualTo(1L);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where summary like '%Real-Pass-1%'",
                Long.class)).isZero();
    }

    @Test
    void aReUploadThatMailinRefusesWith311IsExplained() throws Exception {
        mailin.stubFor(post(PUBLIC + "/azure-orders/trigger-re-upload/4").willReturn(aResponse().withStatus(311)
                .withBody("{\"message\": \"The order is not ready yet.\"}")));
        mvc.perform(form("/orders/4/re-upload")).andExpect(redirectedUrl("/orders/4"))
                .andExpect(flash().attribute("flashError", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("311"),
                        org.hamcrest.Matchers.containsString("not prepared"),
                        org.hamcrest.Matchers.containsString("The order is not ready yet."))));
    }

    @Test
    void deletingNeedsTheDomainTyped() throws Exception {
        stubOrder();
        mailin.stubFor(get(PUBLIC + "/azure-orders/remove/4").willReturn(aResponse().withStatus(200)
                .withBody(documented("Z6-removed.json"))));
        mvc.perform(form("/orders/4/delete").param("confirmDomain", "example.co")).andExpect(redirectedUrl("/orders/4"));
        mailin.verify(0, anyRequestedFor(urlEqualTo(PUBLIC + "/azure-orders/remove/4")));
        mvc.perform(form("/orders/4/delete").param("confirmDomain", "example.com")).andExpect(redirectedUrl("/orders"))
                .andExpect(flash().attribute("flashSuccess", org.hamcrest.Matchers.containsString("example.com")));
        mailin.verify(1, getRequestedFor(urlEqualTo(PUBLIC + "/azure-orders/remove/4")));
    }

    @Test
    void exportsUseMicrosoftHostsAndPasswordsOnlyForOperators() throws Exception {
        stubOrder();
        mvc.perform(MockMvcRequestBuilders.get("/orders/4/export.csv?format=INSTANTLY&includePasswords=true").with(VIEWER))
                .andExpect(status().isForbidden());
        String csv = mvc.perform(MockMvcRequestBuilders.get("/orders/4/export.csv?format=INSTANTLY&includePasswords=true")
                        .with(OPERATOR)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).isEqualTo("Email,First Name,Last Name,IMAP Username,IMAP Password,IMAP Host,IMAP Port,"
                + "SMTP Username,SMTP Password,SMTP Host,SMTP Port\r\n"
                + "john@example.com,John,Doe,john@example.com,Real-Pass-1,outlook.office365.com,993,john@example.com,"
                + "Real-Pass-1,smtp.office365.com,587\r\n");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'orders.export'"
                + " and summary like '%passwords=true%'", Long.class)).isGreaterThanOrEqualTo(1L);
    }
}
