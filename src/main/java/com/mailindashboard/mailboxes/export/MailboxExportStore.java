package com.mailindashboard.mailboxes.export;

import static com.mailindashboard.text.Texts.fit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Export jobs in plain JDBC. Every change of state is a conditional update, so a cancel and the
 * worker's next progress report cannot both win: the worker stops when its update finds the
 * export no longer running.
 */
@Repository
class MailboxExportStore {

    private final JdbcTemplate jdbc;

    MailboxExportStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void create(String id, MailboxExportForm form, String fileName, String fileKeyEncrypted, String requestedBy,
                Instant now) {
        jdbc.update("""
                insert into mailbox_export (id, state, format, provider, domain, status_filter, include_passwords, ids,
                                            file_name, file_key_enc, rows_written, pages_read, app_passwords_missing,
                                            requested_by, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?)""",
                id, MailboxExportJob.State.QUEUED.name(), form.getFormat().name(), form.getProvider().name(),
                form.hasDomain() ? form.getDomain() : null, form.getStatus().name(), form.isIncludePasswords(),
                form.getIds().isEmpty() ? null : form.getIds().stream().map(String::valueOf).collect(Collectors.joining(",")),
                fileName, fileKeyEncrypted, requestedBy, time(now), time(now));
    }

    Optional<MailboxExportJob> find(String id) {
        return jdbc.query("select * from mailbox_export where id = ?", MailboxExportStore::job, id).stream().findFirst();
    }

    String fileKey(String id) {
        return jdbc.queryForObject("select file_key_enc from mailbox_export where id = ?", String.class, id);
    }

    /** A teammate's latest exports, newest first. */
    List<MailboxExportJob> recent(String requestedBy, int limit) {
        return jdbc.query("select * from mailbox_export where requested_by = ? order by created_at desc limit ?",
                MailboxExportStore::job, requestedBy, limit);
    }

    List<String> queued() {
        return jdbc.queryForList("select id from mailbox_export where state = ? order by created_at", String.class,
                MailboxExportJob.State.QUEUED.name());
    }

    /** QUEUED to RUNNING; 1 when this call took it. */
    int start(String id, Instant now) {
        return jdbc.update("update mailbox_export set state = ?, updated_at = ? where id = ? and state = ?",
                MailboxExportJob.State.RUNNING.name(), time(now), id, MailboxExportJob.State.QUEUED.name());
    }

    /** Stores how far a running export got; 0 when it is no longer running (cancelled). */
    int progress(String id, long rows, int pagesRead, int pagesTotal, int appPasswordsMissing, Instant now) {
        return jdbc.update("""
                update mailbox_export set rows_written = ?, pages_read = ?, pages_total = ?, app_passwords_missing = ?,
                                          updated_at = ?
                where id = ? and state = ?""", rows, pagesRead, pagesTotal, appPasswordsMissing, time(now), id,
                MailboxExportJob.State.RUNNING.name());
    }

    /** Ends a running export; 0 when it was cancelled meanwhile. */
    int finish(String id, MailboxExportJob.State state, String problem, Instant now, Instant expiresAt) {
        return jdbc.update("""
                update mailbox_export set state = ?, problem = ?, updated_at = ?, finished_at = ?, expires_at = ?
                where id = ? and state = ?""", state.name(), fit(problem, 2000), time(now), time(now), time(expiresAt),
                id, MailboxExportJob.State.RUNNING.name());
    }

    /** Cancels a queued or running export; 1 when this call did it. */
    int cancel(String id, Instant now) {
        return jdbc.update("""
                update mailbox_export set state = ?, updated_at = ?, finished_at = ?
                where id = ? and state in (?, ?)""", MailboxExportJob.State.CANCELLED.name(), time(now), time(now), id,
                MailboxExportJob.State.QUEUED.name(), MailboxExportJob.State.RUNNING.name());
    }

    /** Running exports that reported nothing since {@code cutoff}: their process stopped. */
    List<String> stale(Instant cutoff) {
        return jdbc.queryForList("select id from mailbox_export where state = ? and updated_at < ?", String.class,
                MailboxExportJob.State.RUNNING.name(), time(cutoff));
    }

    int failStale(String id, Instant cutoff, String problem, Instant now) {
        return jdbc.update("""
                update mailbox_export set state = ?, problem = ?, updated_at = ?, finished_at = ?
                where id = ? and state = ? and updated_at < ?""", MailboxExportJob.State.FAILED.name(), problem,
                time(now), time(now), id, MailboxExportJob.State.RUNNING.name(), time(cutoff));
    }

    /** Finished exports whose file is past its time. */
    List<String> expired(Instant now) {
        return jdbc.queryForList("select id from mailbox_export where state = ? and expires_at < ?", String.class,
                MailboxExportJob.State.DONE.name(), time(now));
    }

    void markExpired(String id, Instant now) {
        jdbc.update("update mailbox_export set state = ?, updated_at = ? where id = ? and state = ?",
                MailboxExportJob.State.EXPIRED.name(), time(now), id, MailboxExportJob.State.DONE.name());
    }

    private static MailboxExportJob job(ResultSet rs, int rowNum) throws SQLException {
        String ids = rs.getString("ids");
        int total = rs.getInt("pages_total");
        Integer pagesTotal = rs.wasNull() ? null : total;
        return new MailboxExportJob(rs.getString("id"), MailboxExportJob.State.valueOf(rs.getString("state")),
                MailboxExportFormat.valueOf(rs.getString("format")),
                MailboxExportForm.Provider.valueOf(rs.getString("provider")), rs.getString("domain"),
                MailboxExportForm.Status.valueOf(rs.getString("status_filter")), rs.getBoolean("include_passwords"),
                ids == null ? List.of() : Arrays.stream(ids.split(",")).map(Long::valueOf).toList(),
                rs.getString("file_name"), rs.getLong("rows_written"), rs.getInt("pages_read"), pagesTotal,
                rs.getInt("app_passwords_missing"), rs.getString("problem"), rs.getString("requested_by"),
                instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "finished_at"),
                instant(rs, "expires_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
