package com.mailindashboard.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mailindashboard.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class AuditExportTest {

    private static final int ACTION = AuditExport.HEADER.indexOf("action");
    private static final int SUMMARY = AuditExport.HEADER.indexOf("summary");

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditLog auditLog;
    @Autowired
    JdbcTemplate jdbc;

    private final String marker = "test.export-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void exportsExactlyTheFilteredEventsQuotedAndSafeForSpreadsheets() throws Exception {
        auditLog.record(AuditEntry.of(marker + ".a", AuditOutcome.SUCCESS).summary("a, b"));
        auditLog.record(AuditEntry.of(marker + ".a", AuditOutcome.SUCCESS).summary("say \"hi\" to Zoë"));
        auditLog.record(AuditEntry.of(marker + ".a", AuditOutcome.FAILURE).summary("line1\nline2"));
        auditLog.record(AuditEntry.of(marker + ".a", AuditOutcome.SUCCESS).actor("@ann")
                .target("mailbox", 7, "=HYPERLINK(\"http://evil.test\")").summary("+1").upstream(500, "-2", "job"));
        auditLog.record(AuditEntry.of(marker + ".other", AuditOutcome.SUCCESS).summary("not exported"));

        String csv = mvc.perform(get("/audit/export.csv").param("action", marker + ".a")
                        .param("page", "2").param("size", "25")
                        .with(user("viewer@team.test").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, Matchers.containsStringIgnoringCase("UTF-8")))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        Matchers.matchesPattern("attachment; filename=\"audit-\\d{8}-\\d{6}\\.csv\"")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        List<List<String>> rows = parse(csv);
        assertThat(rows.getFirst()).isEqualTo(AuditExport.HEADER);
        assertThat(rows.subList(1, rows.size())).hasSize(4).allSatisfy(row -> {
            assertThat(row).hasSize(AuditExport.HEADER.size());
            assertThat(row.get(ACTION)).isEqualTo(marker + ".a");
        });
        assertThat(rows.subList(1, rows.size())).extracting(row -> row.get(SUMMARY))
                .containsExactly("'+1", "line1\nline2", "say \"hi\" to Zoë", "a, b");
        assertThat(csv).contains("\"a, b\"", "\"say \"\"hi\"\" to Zoë\"", "\"line1\nline2\"",
                "\"'=HYPERLINK(\"\"http://evil.test\"\")\"", ",'+1,", ",'-2,", "'@ann");
        assertThat(csv).doesNotContain("not exported").endsWith("\r\n");

        Map<String, Object> audited = jdbc.queryForMap("select actor_email, summary, outcome, ip, correlation_id "
                + "from audit_event where action = 'audit.export' and summary like ?", "%" + marker + ".a%");
        assertThat(audited.get("actor_email")).isEqualTo("viewer@team.test");
        assertThat(audited.get("summary")).isEqualTo("filter: action=" + marker + ".a; rows: 4");
        assertThat(audited.get("outcome")).isEqualTo("SUCCESS");
        assertThat(audited.get("ip")).isNotNull();
        assertThat(audited.get("correlation_id")).isNotNull();
    }

    @Test
    void exportsEveryBatchOfALargeResult() throws Exception {
        int count = AuditExport.BATCH_SIZE * 2 + 1;
        for (int i = 0; i < count; i++) {
            auditLog.record(AuditEntry.of(marker, AuditOutcome.SUCCESS).summary("n" + i));
        }

        String csv = mvc.perform(get("/audit/export.csv").param("action", marker)
                        .with(user("viewer@team.test").roles("VIEWER")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        List<List<String>> rows = parse(csv);
        assertThat(rows).hasSize(count + 1);
        assertThat(rows.subList(1, rows.size())).extracting(row -> row.get(SUMMARY)).doesNotHaveDuplicates()
                .startsWith("n" + (count - 1)).endsWith("n0");
    }

    @Test
    void badFilterInputGoesBackToThePageInsteadOfExporting() throws Exception {
        mvc.perform(get("/audit/export.csv?action=" + marker + "&from=yesterday")
                        .with(user("viewer@team.test").roles("VIEWER")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/audit?action=" + marker + "&from=yesterday"));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'audit.export' "
                + "and summary like ?", Long.class, "%" + marker + "%")).isZero();
    }

    /** A minimal RFC 4180 reader: quoted cells with doubled quotes and line breaks, CRLF between records. */
    private static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted && c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (!quoted && c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
