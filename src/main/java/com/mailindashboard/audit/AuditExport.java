package com.mailindashboard.audit;

import com.mailindashboard.csv.CsvCells;
import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Writes the audit events a filter selects as CSV, a batch at a time, and records the export
 * itself in the audit log. The column names are a stable, machine-readable format, not UI text.
 */
@Component
class AuditExport {

    /** How audit times read in the export, as on the page: UTC, to the second. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    static final int BATCH_SIZE = 500;
    static final List<String> HEADER = List.of("id", "time_utc", "actor_email", "ip", "user_agent", "action",
            "target_type", "target_id", "target_label", "summary", "outcome", "upstream_status",
            "upstream_message", "upstream_job_id", "correlation_id");

    private final AuditSearch search;
    private final AuditLog auditLog;

    AuditExport(AuditSearch search, AuditLog auditLog) {
        this.search = search;
        this.auditLog = auditLog;
    }

    /** Writes the header and every matching event, newest first, flushing after each batch. */
    long write(AuditFilter filter, Writer out) throws IOException {
        long[] written = {0};
        try {
            out.write(CsvCells.row(HEADER));
            search.forEachBatch(filter, BATCH_SIZE, batch -> {
                for (AuditEvent event : batch) {
                    out.write(CsvCells.row(cells(event)));
                    written[0]++;
                }
                out.flush();
            });
            out.flush();
        } catch (IOException | RuntimeException e) {
            record(filter, written[0], AuditOutcome.FAILURE);
            throw e;
        }
        record(filter, written[0], AuditOutcome.SUCCESS);
        return written[0];
    }

    private void record(AuditFilter filter, long rows, AuditOutcome outcome) {
        String summary = "filter: " + filter.describe() + "; rows: " + rows;
        auditLog.record(AuditEntry.of("audit.export", outcome).summary(summary));
    }

    static List<String> cells(AuditEvent event) {
        return Arrays.asList(String.valueOf(event.getId()), TIME.format(event.getOccurredAt()), event.getActorEmail(),
                event.getIp(), event.getUserAgent(), event.getAction(), event.getTargetType(), event.getTargetId(),
                event.getTargetLabel(), event.getSummary(), event.getOutcome().name(),
                Objects.toString(event.getUpstreamStatus(), null), event.getUpstreamMessage(),
                event.getUpstreamJobId(), event.getCorrelationId());
    }
}
