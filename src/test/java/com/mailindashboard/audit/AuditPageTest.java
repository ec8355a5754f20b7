package com.mailindashboard.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mailindashboard.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
@AutoConfigureMockMvc
class AuditPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditLog auditLog;
    @Autowired
    JdbcTemplate jdbc;

    /** An action name no other test uses, so the shared database does not disturb the counts. */
    private final String marker = "test.page-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void filtersNarrowTheEventsByActorActionTargetAndOutcome() throws Exception {
        record(AuditEntry.of(marker + ".create", AuditOutcome.SUCCESS).actor("ann@team.test")
                .target("mailbox", 7, "sales@example.com").summary("created"));
        record(AuditEntry.of(marker + ".delete", AuditOutcome.SUCCESS).actor("bob@team.test")
                .target("domain", 8, "100% done"));
        record(AuditEntry.of(marker + ".delete", AuditOutcome.FAILURE).actor("ann@team.test")
                .target("domain", 9, "1000 done"));

        assertThat(actions(page("action", marker))).hasSize(3);
        assertThat(actions(page("action", marker.toUpperCase() + ".DEL")))
                .containsExactly(marker + ".delete", marker + ".delete");
        assertThat(actions(page("action", marker, "actor", "ANN@TEAM"))).hasSize(2);
        assertThat(actions(page("action", marker, "outcome", "FAILURE"))).containsExactly(marker + ".delete");
        assertThat(actions(page("action", marker, "target", "SALES@"))).containsExactly(marker + ".create");
        assertThat(actions(page("action", marker, "target", "100%"))).hasSize(1);
        assertThat(actions(page("action", marker, "target", "mailbox"))).containsExactly(marker + ".create");
        assertThat(actions(page("action", marker + ".c*"))).containsExactly(marker + ".create");
        assertThat(actions(page("action", marker.substring(5) + ".*"))).isEmpty();
        assertThat(actions(page("action", marker, "actor", "nobody"))).isEmpty();
    }

    @Test
    void theDateRangeIsInclusiveWholeDaysInUtc() throws Exception {
        insertAt("2020-02-29T23:59:59Z", "a");
        insertAt("2020-03-01T00:00:00Z", "b");
        insertAt("2020-03-01T23:59:59Z", "c");
        insertAt("2020-03-02T00:00:00Z", "d");
        record(AuditEntry.of(marker, AuditOutcome.SUCCESS).summary("today"));
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        assertThat(summaries(page("action", marker, "from", "2020-03-01", "to", "2020-03-01")))
                .containsExactly("c", "b");
        assertThat(summaries(page("action", marker, "to", "2020-02-29"))).containsExactly("a");
        assertThat(summaries(page("action", marker, "from", "2020-03-02"))).containsExactly("today", "d");
        assertThat(summaries(page("action", marker, "from", today, "to", today))).containsExactly("today");
    }

    @Test
    void pagesKeepTheFilterAndShowTheCounts() throws Exception {
        for (int i = 1; i <= 30; i++) {
            record(AuditEntry.of(marker, AuditOutcome.SUCCESS).summary("event " + i));
        }

        MvcResult first = mvc.perform(viewer("/audit").param("action", marker).param("size", "25"))
                .andExpect(status().isOk()).andReturn();
        Page<AuditEvent> firstPage = events(first);
        assertThat(firstPage.getTotalElements()).isEqualTo(30);
        assertThat(firstPage.getContent()).hasSize(25);
        assertThat(firstPage.getContent().getFirst().getSummary()).isEqualTo("event 30");
        String html = first.getResponse().getContentAsString();
        assertThat(html).contains("Page 1 of 2").contains("30 events found")
                .contains("/audit?action=" + marker + "&amp;size=25&amp;page=2")
                .doesNotContain("data-test=\"audit-previous\"");

        MvcResult second = mvc.perform(viewer("/audit").param("action", marker).param("size", "25")
                .param("page", "2")).andExpect(status().isOk()).andReturn();
        assertThat(summaries(events(second)))
                .containsExactly("event 5", "event 4", "event 3", "event 2", "event 1");
        assertThat(second.getResponse().getContentAsString()).contains("Page 2 of 2")
                .contains("/audit?action=" + marker + "&amp;size=25&amp;page=1")
                .doesNotContain("data-test=\"audit-next\"");

        assertThat(events(mvc.perform(viewer("/audit").param("action", marker).param("size", "25")
                .param("page", "99")).andReturn()).getNumber()).isEqualTo(1);
        assertThat(mvc.perform(viewer("/audit").param("action", marker + "-none").param("page", "3"))
                .andReturn().getResponse().getContentAsString()).contains("Page 1 of 1").contains("No events found");
        assertThat(events(mvc.perform(viewer("/audit").param("action", marker).param("size", "7")
                .param("page", "x")).andReturn()).getContent()).hasSize(30);
    }

    @Test
    void theTableShowsTheEventDetails() throws Exception {
        record(AuditEntry.of(marker, AuditOutcome.FAILURE).actor("ann@team.test").target("mailbox", 7, "sales@x.test")
                .summary("name=Sales").upstream(422, "quota reached", "job-123"));

        String html = mvc.perform(viewer("/audit").param("action", marker)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("ann@team.test").contains("sales@x.test").contains("name=Sales")
                .contains("text-bg-danger").contains("Failure").contains("422").contains("quota reached")
                .contains("job-123").containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
    }

    @Test
    void badDatesShowAnErrorNextToTheFieldAndKeepTheInput() throws Exception {
        String html = mvc.perform(viewer("/audit").param("action", marker).param("from", "2024-13-45"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("filter", "from"))
                .andExpect(model().attributeDoesNotExist("events"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("value=\"2024-13-45\"").contains("data-test=\"error-from\"")
                .contains("Enter a date as YYYY-MM-DD").contains("value=\"" + marker + "\"")
                .doesNotContain("data-test=\"audit-export\"");

        html = mvc.perform(viewer("/audit").param("from", "2024-05-02").param("to", "2024-05-01"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("filter", "to"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("value=\"2024-05-02\"").contains("value=\"2024-05-01\"")
                .contains("data-test=\"error-to\"").contains("The end date is before the start date.");

        html = mvc.perform(viewer("/audit").param("outcome", "MAYBE").param("to", "+99999-01-01")
                        .param("actor", "x".repeat(321)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("filter", "outcome", "to", "actor"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Choose an outcome from the list.").contains("Enter at most 320 characters.");
    }

    @Test
    void onlySignedInTeammatesSeeTheAuditLog() throws Exception {
        mvc.perform(get("/audit")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/audit/export.csv")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    private void record(AuditEntry entry) {
        auditLog.record(entry);
    }

    /** Events at a chosen time can only be written directly: the audit log stamps the current time. */
    private void insertAt(String instant, String summary) {
        jdbc.update("insert into audit_event (occurred_at, actor_email, action, summary, outcome) "
                + "values (?, 'system', ?, ?, 'SUCCESS')", Timestamp.from(Instant.parse(instant)), marker, summary);
    }

    private static MockHttpServletRequestBuilder viewer(String path) {
        return get(path).with(user("viewer@team.test").roles("VIEWER"));
    }

    private Page<AuditEvent> page(String... parameters) throws Exception {
        MockHttpServletRequestBuilder request = viewer("/audit");
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return events(mvc.perform(request).andExpect(status().isOk()).andReturn());
    }

    @SuppressWarnings("unchecked")
    private static Page<AuditEvent> events(MvcResult result) {
        return (Page<AuditEvent>) result.getModelAndView().getModel().get("events");
    }

    private static List<String> actions(Page<AuditEvent> page) {
        return page.getContent().stream().map(AuditEvent::getAction).toList();
    }

    private static List<String> summaries(Page<AuditEvent> page) {
        return page.getContent().stream().map(AuditEvent::getSummary).toList();
    }
}
