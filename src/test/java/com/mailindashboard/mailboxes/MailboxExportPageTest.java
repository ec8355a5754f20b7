package com.mailindashboard.mailboxes;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.mailindashboard.support.WireMockMailin.PUBLIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.mailindashboard.support.IntegrationTest;
import com.mailindashboard.support.WireMockMailin;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Exports streamed page by page from Mailin, with passwords only for admins and operators, audited. */
@IntegrationTest
@AutoConfigureMockMvc
class MailboxExportPageTest {

    static final WireMockServer mailin = WireMockMailin.server();

    @DynamicPropertySource
    static void mailin(DynamicPropertyRegistry registry) {
        WireMockMailin.register(registry);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void stubMailboxes() {
        WireMockMailin.reset();
        mailin.stubFor(get(urlPathEqualTo(PUBLIC + "/mailboxes")).withQueryParam("page", equalTo("1"))
                .willReturn(aResponse().withStatus(200).withBody(page(1, 2,
                        mailbox(101, "John Doe", "john@acme.com", "Active", "s3cret-one"),
                        mailbox(102, "Jane Roe", "jane@other.com", "Active", "s3cret-two")))));
        mailin.stubFor(get(urlPathEqualTo(PUBLIC + "/mailboxes")).withQueryParam("page", equalTo("2"))
                .willReturn(aResponse().withStatus(200).withBody(page(2, 2,
                        mailbox(103, "Max Pending", "max@acme.com", "Pending", "s3cret-three")))));
        mailin.stubFor(get(urlPathEqualTo(PUBLIC + "/mailboxes/list/google"))
                .willReturn(aResponse().withStatus(200).withBody(page(1, 1,
                        "{\"id\": 201, \"name\": \"Gina Google\", \"username\": \"gina@acme.com\", \"status\": \"Active\","
                                + " \"provider_type\": \"google\"}"))));
    }

    @Test
    void anOperatorExportsEveryPageInTheInstantlyFormatWithPasswordsAndItIsAudited() throws Exception {
        String marker = "acme.com";
        byte[] body = mvc.perform(MockMvcRequestBuilders.get("/mailboxes/export.csv").param("format", "INSTANTLY").param("provider", "ALL")
                        .param("domain", marker).param("includePasswords", "true")
                        .with(user("exporter@team.test").roles("OPERATOR")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("mailboxes-instantly-")))
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsByteArray();
        List<String> lines = new String(body, StandardCharsets.UTF_8).lines().toList();

        assertThat(lines.getFirst()).isEqualTo("Email,First Name,Last Name,IMAP Username,IMAP Password,IMAP Host,"
                + "IMAP Port,SMTP Username,SMTP Password,SMTP Host,SMTP Port");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith("john@acme.com,John,Doe,john@acme.com,s3cret-one,");
        assertThat(lines.get(2)).startsWith("max@acme.com,Max,Pending,");
        assertThat(lines.get(3)).isEqualTo("gina@acme.com,Gina,Google,gina@acme.com,,imap.gmail.com,993,"
                + "gina@acme.com,,smtp.gmail.com,587");
        mailin.verify(getRequestedFor(urlPathEqualTo(PUBLIC + "/mailboxes")).withQueryParam("name", equalTo(marker))
                .withQueryParam("per_page", equalTo("100")));
        mailin.verify(2, getRequestedFor(urlPathEqualTo(PUBLIC + "/mailboxes")));
        assertThat(jdbc.queryForList("select summary from audit_event where action = 'mailboxes.export'"
                + " and actor_email = 'exporter@team.test'", String.class))
                .singleElement().asString().contains("passwords=included").contains("rows=3").contains("INSTANTLY");
    }

    @Test
    void aViewerCannotExportPasswordsAndMailinIsNotAsked() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/mailboxes/export.csv").param("format", "GENERIC").param("includePasswords", "true")
                        .with(user("viewer@team.test").roles("VIEWER")))
                .andExpect(status().isForbidden());
        mailin.verify(0, getRequestedFor(urlPathEqualTo(PUBLIC + "/mailboxes")));
    }

    @Test
    void aViewerExportsWithoutPasswords() throws Exception {
        String csv = mvc.perform(MockMvcRequestBuilders.get("/mailboxes/export.csv").param("format", "SMARTLEAD").param("provider", "SMTP")
                        .param("status", "ACTIVE").with(user("viewer@team.test").roles("VIEWER")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("John Doe,john@acme.com,john@acme.com,,").contains("jane@other.com")
                .doesNotContain("s3cret").doesNotContain("max@acme.com").doesNotContain("gina");
    }

    @Test
    void selectedIdsLimitTheExport() throws Exception {
        String csv = mvc.perform(MockMvcRequestBuilders.get("/mailboxes/export.csv").param("provider", "ALL").param("ids", "102")
                        .with(user("op@team.test").roles("OPERATOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv).contains("jane@other.com").doesNotContain("john@acme.com");
        mailin.verify(1, getRequestedFor(urlPathEqualTo(PUBLIC + "/mailboxes")));
        mailin.verify(0, getRequestedFor(urlPathEqualTo(PUBLIC + "/mailboxes/list/google")));
    }

    @Test
    void theListsSelectionOpensTheFormLimitedToTheTickedMailboxes() throws Exception {
        String page = mvc.perform(MockMvcRequestBuilders.post("/mailboxes/export").param("ids", "101", "103")
                        .param("confirmation", "").with(user("op@team.test").roles("OPERATOR"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("name=\"ids\" value=\"101\"").contains("name=\"ids\" value=\"103\"")
                .contains("Only the 2 selected mailboxes.");
    }

    @Test
    void aBadDomainIsShownNextToTheFieldWithTheInputKept() throws Exception {
        String page = mvc.perform(MockMvcRequestBuilders.get("/mailboxes/export.csv").param("domain", "not a domain")
                        .with(user("op@team.test").roles("OPERATOR")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-test=\"error-domain\"").contains("value=\"not a domain\"");
        mailin.verify(0, getRequestedFor(urlPathEqualTo(PUBLIC + "/mailboxes")));
    }

    @Test
    void mailinFailingBeforeTheFirstRowShowsTheProblemPageNotAHalfFile() throws Exception {
        mailin.stubFor(get(urlPathEqualTo(PUBLIC + "/mailboxes")).willReturn(aResponse().withStatus(503)));
        String page = mvc.perform(MockMvcRequestBuilders.get("/mailboxes/export.csv").param("provider", "SMTP")
                        .with(user("op@team.test").roles("OPERATOR")))
                .andExpect(status().isBadGateway())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Mailin is unavailable");
    }

    static String mailbox(long id, String name, String username, String status, String password) {
        return "{\"id\": " + id + ", \"domain_id\": 1, \"name\": \"" + name + "\", \"username\": \"" + username
                + "\", \"password\": \"" + password + "\", \"status\": \"" + status + "\", \"rate_limit\": \"50\","
                + " \"imap_host\": \"mail.acme.com\", \"imap_port\": 993, \"smtp_host\": \"mail.acme.com\","
                + " \"smtp_port\": 465}";
    }

    static String page(int page, int lastPage, String... items) {
        return "{\"current_page\": " + page + ", \"data\": [" + String.join(",", items) + "], \"last_page\": "
                + lastPage + ", \"per_page\": 100, \"total\": 3}";
    }
}
