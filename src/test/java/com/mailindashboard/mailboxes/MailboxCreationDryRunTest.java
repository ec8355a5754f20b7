package com.mailindashboard.mailboxes;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.mailindashboard.mailboxes.MailboxCreationTestSupport.domains;
import static com.mailindashboard.mailboxes.MailboxCreationTestSupport.dryRunId;
import static com.mailindashboard.mailboxes.MailboxCreationTestSupport.mailbox;
import static com.mailindashboard.mailboxes.MailboxCreationTestSupport.noMailboxes;
import static com.mailindashboard.mailboxes.MailboxCreationTestSupport.operator;
import static com.mailindashboard.mailboxes.MailboxCreationTestSupport.page;
import static com.mailindashboard.mailboxes.MailboxCreationTestSupport.upload;
import static com.mailindashboard.support.WireMockMailin.PUBLIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.mailindashboard.support.IntegrationTest;
import com.mailindashboard.support.WireMockMailin;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The dry run on the whole application against WireMock: lookups once per domain, existing
 * mailboxes flagged, limits refused before any upstream call, the error rows as CSV.
 */
@IntegrationTest
@AutoConfigureMockMvc
class MailboxCreationDryRunTest {

    static final WireMockServer mailin = WireMockMailin.server();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        WireMockMailin.register(registry);
        registry.add("dashboard.mailboxes.max-upload-bytes", () -> "16KB");
        registry.add("dashboard.mailboxes.max-rows", () -> "60");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    MailboxCreationReports reports;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void resetMailin() {
        WireMockMailin.reset();
    }

    @Test
    void eachDomainIsLookedUpOnceAndExistingAddressesAreFlagged() throws Exception {
        domains(mailin, "alpha.com", "1", "beta.co", "0");
        noMailboxes(mailin);
        // alpha.com has two pages of mailboxes; the wildcard also brings one on another domain
        mailin.stubFor(WireMock.get(urlPathEqualTo(PUBLIC + "/mailboxes")).withQueryParam("name", equalTo("@alpha.com"))
                .withQueryParam("page", equalTo("1"))
                .willReturn(aResponse().withStatus(200).withBody(page(List.of(mailbox(501, "taken@alpha.com"),
                        mailbox(502, "someone@alpha.com.au")), 1, 2))));
        mailin.stubFor(WireMock.get(urlPathEqualTo(PUBLIC + "/mailboxes")).withQueryParam("name", equalTo("@alpha.com"))
                .withQueryParam("page", equalTo("2"))
                .willReturn(aResponse().withStatus(200).withBody(page(List.of(mailbox(503, "Also.Taken@Alpha.com")), 2, 2))));
        StringBuilder csv = new StringBuilder("username,name,password\n");
        for (int i = 1; i <= 10; i++) {
            csv.append("a").append(i).append("@alpha.com,A ").append(i).append(",\n");
            csv.append("b").append(i).append("@beta.co,B ").append(i).append(",\n");
            csv.append("g").append(i).append("@gamma.biz,G ").append(i).append(",\n");
        }
        csv.append("taken@alpha.com,Taken,\nalso.taken@alpha.com,Also taken,\nsomeone@alpha.com,Free,\n");

        MvcResult result = mvc.perform(upload("SMTP", csv.toString())).andExpect(status().is3xxRedirection()).andReturn();
        String id = dryRunId(result.getResponse().getRedirectedUrl());

        for (String domain : List.of("alpha.com", "beta.co", "gamma.biz")) {
            mailin.verify(1, getRequestedFor(urlPathEqualTo(PUBLIC + "/domains")).withQueryParam("name", equalTo(domain)));
        }
        mailin.verify(2, getRequestedFor(urlPathEqualTo(PUBLIC + "/mailboxes")));
        mailin.verify(1, getRequestedFor(urlPathEqualTo(PUBLIC + "/mailboxes")).withQueryParam("page", equalTo("2"))
                .withQueryParam("per_page", equalTo("100")));

        MailboxDryRunSummary run = reports.find(id).orElseThrow();
        assertThat(run.totalRows()).isEqualTo(33);
        assertThat(run.validRows()).isEqualTo(11);
        Map<String, List<String>> verdicts = verdicts(id);
        assertThat(verdicts.get("a1@alpha.com")).isEmpty();
        assertThat(verdicts.get("someone@alpha.com")).isEmpty();
        assertThat(verdicts.get("b3@beta.co")).containsExactly("domain.inactive");
        assertThat(verdicts.get("g10@gamma.biz")).containsExactly("domain.unknown");
        assertThat(verdicts.get("taken@alpha.com")).containsExactly("exists");
        assertThat(verdicts.get("also.taken@alpha.com")).containsExactly("exists");

        String preview = mvc.perform(get("/mailboxes/new/" + id).param("show", "errors").with(operator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(preview).contains("This mailbox already exists.").contains("The domain is not active yet.")
                .contains("The domain is not in your Mailin account.").contains("Create 11 mailboxes");
    }

    @Test
    void googleRowsAreCheckedAgainstTheGoogleLists() throws Exception {
        domains(mailin, "workspace.com", "1");
        noMailboxes(mailin);
        mailin.stubFor(WireMock.get(urlPathEqualTo(PUBLIC + "/mailboxes/list/google"))
                .willReturn(aResponse().withStatus(200).withBody(page(List.of(mailbox(9, "old@workspace.com")), 1, 1))));
        String csv = "email,first_name,last_name\nnew@workspace.com,New,Person\nold@workspace.com,Old,Person\n"
                + "other@workspace.com,Other,Person\n";

        MvcResult result = mvc.perform(upload("GOOGLE", csv)).andExpect(status().is3xxRedirection()).andReturn();

        Map<String, List<String>> verdicts = verdicts(dryRunId(result.getResponse().getRedirectedUrl()));
        assertThat(verdicts.get("new@workspace.com")).isEmpty();
        assertThat(verdicts.get("old@workspace.com")).containsExactly("exists");
        mailin.verify(1, getRequestedFor(urlPathEqualTo(PUBLIC + "/domains/list/google"))
                .withQueryParam("name", equalTo("workspace.com")));
        mailin.verify(1, getRequestedFor(urlPathEqualTo(PUBLIC + "/mailboxes/list/google")));
        mailin.verify(0, getRequestedFor(urlPathEqualTo(PUBLIC + "/domains")));
        mailin.verify(0, getRequestedFor(urlPathEqualTo(PUBLIC + "/mailboxes")));
    }

    @Test
    void anSmtpRowOnAGoogleDomainSaysSoAndPointsToTheGoogleTab() throws Exception {
        String empty = page(List.of(), 1, 1);
        mailin.stubFor(WireMock.get(urlPathEqualTo(PUBLIC + "/domains"))
                .willReturn(aResponse().withStatus(200).withBody(empty)));
        mailin.stubFor(WireMock.get(urlPathEqualTo(PUBLIC + "/domains/list/google")).willReturn(aResponse().withStatus(200)
                .withBody(page(List.of("{\"id\": 7, \"name\": \"workspace.com\", \"status\": \"1\"}"), 1, 1))));
        noMailboxes(mailin);

        MvcResult result = mvc.perform(upload("SMTP", "username,name\nann@workspace.com,Ann\nbob@nowhere.org,Bob\n"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String id = dryRunId(result.getResponse().getRedirectedUrl());

        Map<String, List<String>> verdicts = verdicts(id);
        assertThat(verdicts.get("ann@workspace.com")).containsExactly("domain.google");
        assertThat(verdicts.get("bob@nowhere.org")).containsExactly("domain.unknown");
        String preview = mvc.perform(get("/mailboxes/new/" + id).param("show", "errors").with(operator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(preview).contains("This is a Google Workspace domain: create its mailboxes on the Google tab.")
                .contains("href=\"/mailboxes/new?provider=GOOGLE\"");
        String errors = mvc.perform(get("/mailboxes/new/" + id + "/errors.csv").with(operator()))
                .andReturn().getResponse().getContentAsString();
        assertThat(errors).contains("Google Workspace domain");
    }

    @Test
    void limitsAreRefusedBeforeAnyUpstreamCallAndNothingIsStored() throws Exception {
        int before = dryRunCount();

        byte[] tooLarge = ("username,name\n" + "someone@limits.com,Some One With A Long Name\n".repeat(500))
                .getBytes(StandardCharsets.UTF_8);
        String large = mvc.perform(upload("SMTP", "large.csv", tooLarge)).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();
        assertThat(large).contains("The file is larger than 16 KB.");

        String tooManyRows = MailboxCreationTestSupport.rows("limits.com", 61);
        String many = mvc.perform(upload("SMTP", tooManyRows)).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();
        assertThat(many).contains("The file has more than 60 rows.");

        String noAddress = mvc.perform(upload("SMTP", "name,password\nAnn,Secret-123\n"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(noAddress).contains("No address column found.");

        mailin.verify(0, anyRequestedFor(anyUrl()));
        assertThat(dryRunCount()).isEqualTo(before);
    }

    @Test
    void errorRowsDownloadAsFormulaSafeCsvThatUploadsAgain() throws Exception {
        domains(mailin, "fix.com", "1");
        noMailboxes(mailin);
        String csv = "email;display_name;password\r\n"
                + "good@fix.com;Good;\r\n"
                + "formula@fix.com;=HYPERLINK(\"http://x\");Secret-123\r\n"
                + "short@fix.com;Short;abc\r\n"
                + "\"broken@@fix.com\";\"Broken, Name\";\r\n";

        MvcResult result = mvc.perform(upload("SMTP", csv)).andExpect(status().is3xxRedirection()).andReturn();
        String id = dryRunId(result.getResponse().getRedirectedUrl());

        MvcResult download = mvc.perform(get("/mailboxes/new/" + id + "/errors.csv").with(operator()))
                .andExpect(status().isOk()).andReturn();
        assertThat(download.getResponse().getHeader("Content-Disposition")).contains("attachment");
        String errors = download.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(errors.split("\r\n")).containsExactly(
                "username,name,password,line,reason",
                "formula@fix.com,\"'=HYPERLINK(\"\"http://x\"\")\",Secret-123,3,"
                        + "\"The name starts with = + - or @, like a spreadsheet formula.\"",
                "short@fix.com,Short,abc,4,The password must have 8 to 24 characters (or be left empty).",
                "broken@@fix.com,\"Broken, Name\",,5,This is not a valid email address.");

        // the downloaded file, fixed, goes back in on its own and reads the same values
        String fixed = errors.replace("'=HYPERLINK(\"\"http://x\"\")", "Fixed Name").replace(",abc,", ",abcdefgh,")
                .replace("broken@@", "broken@");
        MvcResult again = mvc.perform(upload("SMTP", "fixed.csv", fixed.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().is3xxRedirection()).andReturn();
        MailboxDryRunSummary rerun = reports.find(dryRunId(again.getResponse().getRedirectedUrl())).orElseThrow();
        assertThat(rerun.totalRows()).isEqualTo(3);
        assertThat(rerun.validRows()).isEqualTo(3);
        assertThat(rerun.notices()).containsExactly("delimiter:comma");
    }

    @Test
    void passwordsAreStoredEncrypted() throws Exception {
        domains(mailin, "secret.com", "1");
        noMailboxes(mailin);
        MvcResult result = mvc.perform(upload("SMTP", "username,name,password\nkeep@secret.com,Keep,Plain-Text-99\n"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String id = dryRunId(result.getResponse().getRedirectedUrl());

        String stored = jdbc.queryForObject("select password_enc from mailbox_dry_run_row where dry_run_id = ?",
                String.class, id);
        assertThat(stored).startsWith("v1:").doesNotContain("Plain-Text-99");
        String preview = mvc.perform(get("/mailboxes/new/" + id).with(operator())).andReturn().getResponse()
                .getContentAsString();
        assertThat(preview).doesNotContain("Plain-Text-99");
    }

    @Test
    void rowsTypedInTheTableAreCheckedLikeAFile() throws Exception {
        domains(mailin, "typed.com", "1");
        noMailboxes(mailin);
        MvcResult result = mvc.perform(multipart("/mailboxes/new").param("provider", "SMTP")
                        .param("rows[0].username", "one@typed.com").param("rows[0].name", "One")
                        .param("rows[1].username", "").param("rows[1].name", "")
                        .param("rows[2].username", "two@typed.com").param("rows[2].name", "")
                        .with(operator()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();

        String id = dryRunId(result.getResponse().getRedirectedUrl());
        MailboxDryRunSummary run = reports.find(id).orElseThrow();
        assertThat(run.fromFile()).isFalse();
        assertThat(run.totalRows()).isEqualTo(2);
        assertThat(reports.rows(id, false, 1).rows()).extracting(MailboxDryRunRow::line).containsExactly(1, 3);
        assertThat(verdicts(id).get("two@typed.com")).containsExactly("name.missing");

        String both = mvc.perform(upload("SMTP", "username,name\nx@typed.com,X\n").param("rows[0].username", "y@typed.com"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(both).contains("Use either the table or a CSV file, not both");
    }

    @Test
    void theFormShowsEachProvidersColumnsAndGrowsByARow() throws Exception {
        String smtp = mvc.perform(get("/mailboxes/new").with(operator())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(smtp).contains("name=\"rows[2].password\"").doesNotContain("rows[3]").doesNotContain("firstName");
        String google = mvc.perform(get("/mailboxes/new").param("provider", "GOOGLE").with(operator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(google).contains("name=\"rows[0].firstName\"").contains("name=\"rows[0].lastName\"")
                .doesNotContain("rows[0].password");
        String grown = mvc.perform(multipart("/mailboxes/new").param("provider", "GOOGLE").param("addRow", "1")
                        .param("rows[0].username", "kept@typed.com").param("rows[2].lastName", "Kept")
                        .with(operator()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(grown).contains("name=\"rows[3].firstName\"").contains("value=\"kept@typed.com\"")
                .contains("value=\"Kept\"");
        String smtpGrown = mvc.perform(multipart("/mailboxes/new").param("provider", "SMTP").param("addRow", "1")
                        .param("rows[0].username", "pw@typed.com").param("rows[0].password", "Typed-Pass-123")
                        .with(operator()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(smtpGrown).as("a typed password survives adding a row").contains("value=\"Typed-Pass-123\"");
        mailin.verify(0, anyRequestedFor(anyUrl()));
    }

    /** Issue 7 item 16: a row index the table cannot have is a clear message, the typed rows are kept, no 500. */
    @Test
    void aRowOutsideTheTableIsRefusedWithAMessageAndTheTypedRowsKept() throws Exception {
        for (String index : new String[] {"256", "-1", "5000", "200", "x"}) {
            String page = mvc.perform(multipart("/mailboxes/new").param("provider", "SMTP")
                            .param("rows[0].username", "kept-" + index + "@typed.com")
                            .param("rows[" + index + "].username", "far@typed.com")
                            .with(operator()).with(csrf()))
                    .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
            assertThat(page).as(index).contains("The table has 200 rows at most", "(" + index + ")")
                    .contains("value=\"kept-" + index + "@typed.com\"").doesNotContain("far@typed.com");
        }
        mailin.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void viewersCannotCreateMailboxes() throws Exception {
        mvc.perform(get("/mailboxes/new").with(user("viewer@team.test").roles("VIEWER"))).andExpect(status().isForbidden());
        mvc.perform(get("/mailboxes/new").with(operator())).andExpect(status().isOk());
        mvc.perform(get("/mailboxes/new/no-such-dry-run").with(operator())).andExpect(status().isNotFound());
    }

    private Map<String, List<String>> verdicts(String id) {
        return reports.rows(id, false, 1).rows().stream()
                .collect(Collectors.toMap(MailboxDryRunRow::address, MailboxDryRunRow::problems, (a, b) -> a));
    }

    private int dryRunCount() {
        Integer count = jdbc.queryForObject("select count(*) from mailbox_dry_run", Integer.class);
        return count == null ? 0 : count;
    }
}
