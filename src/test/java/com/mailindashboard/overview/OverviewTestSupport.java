package com.mailindashboard.overview;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.mailindashboard.support.WireMockMailin.PUBLIC;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.mailindashboard.jobs.Job;
import com.mailindashboard.jobs.JobKind;
import com.mailindashboard.jobs.JobLedger;
import com.mailindashboard.jobs.JobStatus;
import com.mailindashboard.support.IntegrationTest;
import com.mailindashboard.support.WireMockMailin;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Base of the overview tests: the whole application on its own PostgreSQL database (one context
 * for these classes, emptied of jobs, operations and fleet figures before each test), Mailin
 * played by WireMock, and the parts of {@link OverviewTestParts}.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(OverviewTestParts.class)
abstract class OverviewTestSupport {

    static final WireMockServer mailin = WireMockMailin.server();
    static final String VIEWER = "viewer@team.test";
    static final String OPERATOR = "operator@team.test";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JobLedger ledger;
    @Autowired
    AccountFigures accountFigures;

    @DynamicPropertySource
    static void overviewProperties(DynamicPropertyRegistry registry) {
        WireMockMailin.register(registry);
        registry.add("dashboard.verification.low-credits-threshold", () -> "500");
        registry.add("dashboard.fleet.page-size", () -> "2");
    }

    @BeforeEach
    void emptyTheLedgerAndTheFigures() {
        WireMockMailin.reset();
        OverviewTestParts.reset();
        accountFigures.forget();
        Stream.of("job_event", "webhook_delivery", "mailbox_creation_chunk", "verification_task", "azure_order", "job", "operation",
                "fleet_item", "fleet_summary").forEach(table -> jdbc.update("delete from " + table));
    }

    /** U1, S1 and V7 answering: the account with 200 slots, servers (1 up, 1 down), these credits. */
    static void accountAnswers(long credits) {
        mailin.stubFor(get(urlPathEqualTo(PUBLIC + "/users/1")).willReturn(aResponse().withStatus(200)
                .withBody("{\"id\": 1, \"first_name\": \"Ada\", \"last_name\": \"Ops\", \"org_name\": \"Outbound Co\","
                        + " \"mailboxes_slots\": \"200\"}")));
        mailin.stubFor(get(urlPathEqualTo(PUBLIC + "/servers")).willReturn(aResponse().withStatus(200)
                .withBody("[{\"id\": 1, \"hostname\": \"up.example\", \"active\": 1},"
                        + " {\"id\": 2, \"hostname\": \"down.example\", \"active\": 0}]")));
        mailin.stubFor(get(urlPathEqualTo(PUBLIC + "/get-credits")).willReturn(aResponse().withStatus(200)
                .withBody("{\"total_credits\": " + credits + "}")));
    }

    Job job(JobKind kind, JobStatus status, String who, String subject, Instant createdAt) {
        Job job = ledger.start(kind, "ref-" + subject, JobStatus.PENDING, List.of(subject), who, "accepted", null);
        jdbc.update("update job set status = ?, created_at = ? where id = ?", status.name(), Timestamp.from(createdAt),
                job.getId());
        return job;
    }

    void operation(JobKind kind, String state, String who, List<String> names, Instant createdAt) {
        jdbc.update("""
                insert into operation (operation_key, kind, state, subjects, created_by, created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, 0)""", java.util.UUID.randomUUID().toString(), kind.name(), state,
                String.join("\n", names), who, Timestamp.from(createdAt), Timestamp.from(createdAt));
    }

    String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    String asViewer(String path) throws Exception {
        return html(MockMvcRequestBuilders.get(java.net.URI.create(path)).with(user(VIEWER).roles("VIEWER")));
    }

    String asAdmin(String path) throws Exception {
        return html(MockMvcRequestBuilders.get(java.net.URI.create(path)).with(user("admin@team.test").roles("ADMIN")));
    }

    /** The ids of the job rows of a jobs page. */
    static List<Long> jobRows(String html) {
        Matcher rows = Pattern.compile("data-test=\"job-row-(\\d+)\"").matcher(html);
        List<Long> ids = new java.util.ArrayList<>();
        while (rows.find()) {
            ids.add(Long.parseLong(rows.group(1)));
        }
        return ids;
    }

    /** The href of the first link in the element with this data-test, unescaped. */
    static String linkIn(String html, String dataTest) {
        int at = html.indexOf("data-test=\"" + dataTest + "\"");
        if (at < 0) {
            throw new AssertionError("no " + dataTest + " in the page");
        }
        int start = html.lastIndexOf('<', at);
        Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        if (!href.find(start)) {
            throw new AssertionError("no link in " + dataTest);
        }
        return href.group(1).replace("&amp;", "&");
    }
}
