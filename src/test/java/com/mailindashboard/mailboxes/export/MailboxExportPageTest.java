package com.mailindashboard.mailboxes.export;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.mailindashboard.support.WireMockMailin.PUBLIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.mailindashboard.support.IntegrationTest;
import com.mailindashboard.support.WireMockMailin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Exports run as background jobs reading Mailin page by page: progress, cancel, the file kept for a
 * while then deleted, passwords only for admins and operators (app passwords for Google rows), audited.
 */
@IntegrationTest
@AutoConfigureMockMvc
class MailboxExportPageTest {

    static final WireMockServer mailin = WireMockMailin.server();

    static final RequestPostProcessor OPERATOR = user("exporter@team.test").roles("OPERATOR");

    @DynamicPropertySource
    static void mailin(DynamicPropertyRegistry registry) {
        WireMockMailin.register(registry);
        registry.add("dashboard.mailboxes.export.retention", () -> "30m");
        registry.add("dashboard.mailboxes.export.max-calls-per-second", () -> "1000");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MailboxExportJobs exports;

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
                        "{\"id\": 201, \"name\": \"Gina Google\", \"username\": \"gina@acme.com\", \"status\": \"1\","
                                + " \"password\": \"g-account\", \"provider_type\": \"google\"}"))));
    }

    @Test
    void anOperatorExportsEveryPageInTheInstantlyFormatWithAppPasswordsForGoogleRowsAndItIsAudited() throws Exception {
        mailin.stubFor(get(urlPathEqualTo(PUBLIC + "/mailboxes/201/show-credentials")).willReturn(aResponse()
                .withStatus(200).withBody("{\"error\": false, \"message\": \"Mailbox credentials retrieved successfully\","
                        + " \"password\": \"R9yAvvm9UN\", \"secret\": \"dmaptyzdjhbkhhrzot2nvr4hjk7tk3mg\","
                        + " \"app_password\": \"uphw yazt rfrf dmmw \"}")));
        String marker = "acme.com";
        MailboxExportJob job = exportAndWait(OPERATOR, "format", "INSTANTLY", "provider", "ALL", "domain", marker,
                "includePasswords", "true");

        assertThat(job.state()).isEqualTo(MailboxExportJob.State.DONE);
        assertThat(job.rowsWritten()).isEqualTo(3);
        assertThat(job.pagesRead()).isEqualTo(3);
        assertThat(job.pagesTotal()).isEqualTo(3);
        byte[] body = mvc.perform(MockMvcRequestBuilders.get("/mailboxes/export/jobs/" + job.id() + "/file").with(OPERATOR))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("mailboxes-instantly-")))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsByteArray();
        List<String> lines = new String(body, StandardCharsets.UTF_8).lines().toList();

        assertThat(lines.getFirst()).isEqualTo("Email,First Name,Last Name,IMAP Username,IMAP Password,IMAP Host,"
                + "IMAP Port,SMTP Username,SMTP Password,SMTP Host,SMTP Port");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith("john@acme.com,John,Doe,john@acme.com,s3cret-one,");
        assertThat(lines.get(2)).startsWith("max@acme.com,Max,Pending,");
        assertThat(lines.get(3)).as("the Google row carries the app password, never the account password")
                .isEqualTo("gina@acme.com,Gina,Google,gina@acme.com,uphwyaztrfrfdmmw,imap.gmail.com,993,"
                        + "gina@acme.com,uphwyaztrfrfdmmw,smtp.gmail.com,587");
        assertThat(new String(body, StandardCharsets.UTF_8)).doesNotContain("R9yAvvm9UN").doesNotContain("g-account");
        mailin.verify(getRequestedFor(urlPathEqualTo(PUBLIC + "/mailboxes")).withQueryParam("name", equalTo(marker))
                .withQueryParam("per_page", equalTo("100")));
        mailin.verify(2, getRequestedFor(urlPathEqualTo(PUBLIC + "/mailboxes")));
        mailin.verify(1, getRequestedFor(urlPathEqualTo(PUBLIC + "/mailboxes/201/show-credentials")));
        assertThat(jdbc.queryForList("select summary from audit_event where action = 'mailboxes.export'"
                + " and actor_email = 'exporter@team.test' and target_id = ?", String.class, job.id()))
                .singleElement().asString().contains("passwords=included").contains("rows=3").contains("INSTANTLY");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'mailboxes.export.download'"
                + " and target_id = ?", Integer.class, job.id())).isEqualTo(1);
        assertThat(new String(Files.readAllBytes(exportFile(job.id())), StandardCharsets.ISO_8859_1))
                .as("the file at rest is encrypted").doesNotContain("s3cret-one").doesNotContain("john@acme.com");
    }

    @Test
    void googleRowsWithoutAnAppPasswordAreCountedAndLeftEmpty() throws Exception {
        mailin.stubFor(get(urlPathEqualTo(PUBLIC + "/mailboxes/201/show-credentials")).willReturn(aResponse()
                .withStatus(200).withBody("{\"error\": true, \"message\": \"No credentials\"}")));
        MailboxExportJob job = exportAndWait(OPERATOR, "format", "GENERIC", "provider", "GOOGLE", "includePasswords", "true");

        assertThat(job.appPasswordsMissing()).isEqualTo(1);
        assertThat(download(job)).contains("gina@acme.com").doesNotContain("g-account");
        assertThat(jobPage(job, OPERATOR)).contains("Mailin had no app password for 1 Google mailbox(es)");
    }

    @Test
    void theProgressPageShowsRowsAndPagesLeftAndTheStarterCanCancel() throws Exception {
        mailin.stubFor(get(urlPathEqualTo(PUBLIC + "/mailboxes")).withQueryParam("page", equalTo("2"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(1200).withBody(page(2, 2,
                        mailbox(103, "Max Pending", "max@acme.com", "Pending", "s3cret-three")))));
        String location = start(OPERATOR, "provider", "SMTP");
        String id = location.substring(location.lastIndexOf('/') + 1);
        MailboxExportJob running = await(id, job -> job.pagesRead() >= 1);

        String page = jobPage(running, OPERATOR);
        assertThat(page).contains("2 rows written; 1 of 2 pages read from Mailin, 1 left.")
                .contains("data-test=\"export-cancel\"").contains("hx-trigger=\"every 2s\"");

        mvc.perform(MockMvcRequestBuilders.post("/mailboxes/export/jobs/" + id + "/cancel").with(OPERATOR).with(csrf()))
                .andExpect(status().is3xxRedirection());
        awaitAudit(id); // the worker's next report sees the cancel and stops
        assertThat(exports.find(id).orElseThrow().state()).isEqualTo(MailboxExportJob.State.CANCELLED);
        assertThat(Files.exists(exportFile(id))).isFalse();
        mvc.perform(MockMvcRequestBuilders.get("/mailboxes/export/jobs/" + id + "/file").with(OPERATOR))
                .andExpect(status().isGone());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'mailboxes.export.cancel'"
                + " and target_id = ?", Integer.class, id)).isEqualTo(1);
        assertThat(jdbc.queryForList("select summary from audit_event where action = 'mailboxes.export'"
                + " and target_id = ?", String.class, id)).singleElement().asString().contains("cancelled");
    }

    @Test
    void theFileIsKeptForTheConfiguredTimeThenDeleted() throws Exception {
        MailboxExportJob job = exportAndWait(OPERATOR, "provider", "SMTP");
        assertThat(Duration.between(job.finishedAt(), job.expiresAt())).isEqualTo(Duration.ofMinutes(30));
        assertThat(jobPage(job, OPERATOR)).contains("data-test=\"export-download\"").contains("30 minutes after");

        exports.sweep();
        assertThat(Files.exists(exportFile(job.id()))).as("not expired yet").isTrue();
        jdbc.update("update mailbox_export set expires_at = ? where id = ?",
                java.time.OffsetDateTime.now().minusMinutes(1), job.id());
        exports.sweep();

        assertThat(Files.exists(exportFile(job.id()))).isFalse();
        assertThat(exports.find(job.id()).orElseThrow().state()).isEqualTo(MailboxExportJob.State.EXPIRED);
        mvc.perform(MockMvcRequestBuilders.get("/mailboxes/export/jobs/" + job.id() + "/file").with(OPERATOR))
                .andExpect(status().isGone());
        assertThat(jobPage(job, OPERATOR)).contains("The file was deleted").doesNotContain("data-test=\"export-download\"");
    }

    @Test
    void anExportBelongsToItsStarter() throws Exception {
        MailboxExportJob job = exportAndWait(OPERATOR, "provider", "SMTP");
        RequestPostProcessor other = user("other@team.test").roles("ADMIN");
        mvc.perform(MockMvcRequestBuilders.get("/mailboxes/export/jobs/" + job.id()).with(other)).andExpect(status().isNotFound());
        mvc.perform(MockMvcRequestBuilders.get("/mailboxes/export/jobs/" + job.id() + "/file").with(other))
                .andExpect(status().isNotFound());
        mvc.perform(MockMvcRequestBuilders.post("/mailboxes/export/jobs/" + job.id() + "/cancel").with(other).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aRepeatedSubmitWhileTheExportRunsStartsNoSecondOne() throws Exception {
        mailin.stubFor(get(urlPathEqualTo(PUBLIC + "/mailboxes")).withQueryParam("page", equalTo("2"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(800).withBody(page(2, 2))));
        String first = start(OPERATOR, "provider", "SMTP", "format", "SMARTLEAD");
        String second = start(OPERATOR, "provider", "SMTP", "format", "SMARTLEAD");
        assertThat(second).isEqualTo(first);
        await(first.substring(first.lastIndexOf('/') + 1), job -> !job.active());
    }

    @Test
    void aViewerCannotExportPasswordsAndMailinIsNotAsked() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/mailboxes/export/jobs").param("format", "GENERIC")
                        .param("includePasswords", "true").with(user("viewer@team.test").roles("VIEWER")).with(csrf()))
                .andExpect(status().isForbidden());
        mailin.verify(0, getRequestedFor(urlPathEqualTo(PUBLIC + "/mailboxes")));
    }

    @Test
    void aViewerExportsWithoutPasswords() throws Exception {
        RequestPostProcessor viewer = user("viewer@team.test").roles("VIEWER");
        MailboxExportJob job = exportAndWait(viewer, "format", "SMARTLEAD", "provider", "SMTP", "status", "ACTIVE");
        String csv = new String(mvc.perform(MockMvcRequestBuilders.get("/mailboxes/export/jobs/" + job.id() + "/file")
                .with(viewer)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("John Doe,john@acme.com,john@acme.com,,").contains("jane@other.com")
                .doesNotContain("s3cret").doesNotContain("max@acme.com").doesNotContain("gina");
    }

    @Test
    void selectedIdsLimitTheExport() throws Exception {
        MailboxExportJob job = exportAndWait(OPERATOR, "provider", "ALL", "ids", "102");
        String csv = download(job);
        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv).contains("jane@other.com").doesNotContain("john@acme.com");
        mailin.verify(1, getRequestedFor(urlPathEqualTo(PUBLIC + "/mailboxes")));
    }

    @Test
    void theListsSelectionOpensTheFormLimitedToTheTickedMailboxes() throws Exception {
        String page = mvc.perform(MockMvcRequestBuilders.post("/mailboxes/export").param("ids", "101", "103")
                        .param("confirmation", "").with(OPERATOR).with(csrf()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("name=\"ids\" value=\"101\"").contains("name=\"ids\" value=\"103\"")
                .contains("Only the 2 selected mailboxes.");
    }

    @Test
    void aBadDomainIsShownNextToTheFieldWithTheInputKept() throws Exception {
        String page = mvc.perform(MockMvcRequestBuilders.post("/mailboxes/export/jobs").param("domain", "not a domain")
                        .with(OPERATOR).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-test=\"error-domain\"").contains("value=\"not a domain\"");
        mailin.verify(0, getRequestedFor(urlPathEqualTo(PUBLIC + "/mailboxes")));
    }

    @Test
    void mailinFailingEndsTheExportWithTheProblemAndNoFile() throws Exception {
        mailin.stubFor(get(urlPathEqualTo(PUBLIC + "/mailboxes")).willReturn(aResponse().withStatus(503)));
        MailboxExportJob job = exportAndWait(OPERATOR, "provider", "SMTP");

        assertThat(job.state()).isEqualTo(MailboxExportJob.State.FAILED);
        assertThat(Files.exists(exportFile(job.id()))).isFalse();
        assertThat(jobPage(job, OPERATOR)).contains("The export stopped: Mailin is unavailable")
                .doesNotContain("data-test=\"export-download\"");
        assertThat(jdbc.queryForObject("select outcome from audit_event where action = 'mailboxes.export'"
                + " and target_id = ?", String.class, job.id())).isEqualTo("FAILURE");
    }

    private String start(RequestPostProcessor who, String... params) throws Exception {
        var request = MockMvcRequestBuilders.post("/mailboxes/export/jobs").with(who).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }

    private MailboxExportJob exportAndWait(RequestPostProcessor who, String... params) throws Exception {
        String location = start(who, params);
        return await(location.substring(location.lastIndexOf('/') + 1), job -> !job.active());
    }

    private MailboxExportJob await(String id, java.util.function.Predicate<MailboxExportJob> done) {
        return Awaitility.await("export " + id).atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
                .until(() -> exports.find(id).orElseThrow(), done);
    }

    private void awaitAudit(String id) {
        Awaitility.await("the export's end is audited").atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
                .until(() -> jdbc.queryForObject("select count(*) from audit_event where action = 'mailboxes.export'"
                        + " and target_id = ?", Integer.class, id) > 0);
    }

    private String download(MailboxExportJob job) throws Exception {
        return new String(mvc.perform(MockMvcRequestBuilders.get("/mailboxes/export/jobs/" + job.id() + "/file")
                .with(OPERATOR)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(),
                StandardCharsets.UTF_8);
    }

    private String jobPage(MailboxExportJob job, RequestPostProcessor who) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get("/mailboxes/export/jobs/" + job.id()).with(who))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static Path exportFile(String id) {
        return Path.of("target/test-data/exports", id + ".csv.enc");
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
