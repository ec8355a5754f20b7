package com.mailindashboard.mailboxes;

import static com.mailindashboard.text.Texts.fit;
import static com.mailindashboard.text.Texts.join;
import static com.mailindashboard.text.Texts.split;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Dry runs, their rows and their chunks, in plain JDBC: rows are written in batches (thousands per
 * upload) and read page by page or streamed for the CSV downloads.
 */
@Repository
class MailboxDryRunStore {

    private static final String ROW_COLUMNS = "id, line_no, address, name, first_name, last_name, password_enc, "
            + "problems, chunk_index, outcome, mailbox_id, outcome_reason, resendable";
    private static final String CHUNK_COLUMNS = "id, dry_run_id, chunk_index, operation_key, row_count, state, "
            + "operation_id, job_id, message";

    private final JdbcTemplate jdbc;

    MailboxDryRunStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // ---- dry runs ----

    void create(MailboxDryRunSummary run) {
        jdbc.update("""
                insert into mailbox_dry_run (id, provider, source, state, confirm_key, notices, total_rows, valid_rows,
                                             created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                run.id(), run.provider().name(), fit(run.source(), 300), run.state().name(), run.confirmKey(),
                fit(join(run.notices()), 2000), run.totalRows(), run.validRows(), run.createdBy(), time(run.createdAt()));
    }

    void counts(String id, int totalRows, int validRows) {
        jdbc.update("update mailbox_dry_run set total_rows = ?, valid_rows = ? where id = ?", totalRows, validRows, id);
    }

    Optional<MailboxDryRunSummary> find(String id) {
        return jdbc.query("select * from mailbox_dry_run where id = ?", MailboxDryRunStore::summary, id).stream()
                .findFirst();
    }

    /** Moves a dry run from preview to submitting; 1 when this call did it, 0 when it had already moved. */
    int startSubmitting(String id, String confirmedBy, Instant now, int chunkSize) {
        return jdbc.update("""
                update mailbox_dry_run set state = ?, confirmed_by = ?, confirmed_at = ?, chunk_size = ?
                where id = ? and state = ?""", MailboxDryRunState.SUBMITTING.name(), confirmedBy, time(now), chunkSize,
                id, MailboxDryRunState.PREVIEW.name());
    }

    void submitted(String id, Instant now) {
        jdbc.update("update mailbox_dry_run set state = ?, submitted_at = ? where id = ? and state = ?",
                MailboxDryRunState.SUBMITTED.name(), time(now), id, MailboxDryRunState.SUBMITTING.name());
    }

    List<String> submitting() {
        return jdbc.queryForList("select id from mailbox_dry_run where state = ?", String.class,
                MailboxDryRunState.SUBMITTING.name());
    }

    /** Deletes dry runs never confirmed and created before {@code before} (their rows go with them). */
    int purgePreviews(Instant before) {
        return jdbc.update("delete from mailbox_dry_run where state = ? and created_at < ?",
                MailboxDryRunState.PREVIEW.name(), time(before));
    }

    // ---- rows ----

    /** Stores verdicts; {@code passwordEncrypted} holds each row's encrypted password (or null). */
    void insertRows(String dryRunId, List<MailboxRowVerdict> rows, List<String> passwordEncrypted) {
        List<Object[]> arguments = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            MailboxRowVerdict row = rows.get(i);
            arguments.add(new Object[] {dryRunId, row.line(), fit(row.address(), 320), fit(row.name(), 255),
                    fit(row.firstName(), 255), fit(row.lastName(), 255), passwordEncrypted.get(i),
                    fit(join(row.problems()), 1000)});
        }
        jdbc.batchUpdate("""
                insert into mailbox_dry_run_row (dry_run_id, line_no, address, name, first_name, last_name,
                                                 password_enc, problems)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", arguments);
    }

    List<MailboxDryRunRow> rows(String dryRunId, boolean errorsOnly, int offset, int limit) {
        return jdbc.query("select " + ROW_COLUMNS + " from mailbox_dry_run_row where dry_run_id = ?"
                        + (errorsOnly ? " and problems is not null" : "") + " order by line_no limit ? offset ?",
                MailboxDryRunStore::row, dryRunId, limit, offset);
    }

    int countRows(String dryRunId, boolean errorsOnly) {
        Integer count = jdbc.queryForObject("select count(*) from mailbox_dry_run_row where dry_run_id = ?"
                + (errorsOnly ? " and problems is not null" : ""), Integer.class, dryRunId);
        return count == null ? 0 : count;
    }

    /** Streams the rows with a problem, in line order. */
    void forEachErrorRow(String dryRunId, Consumer<MailboxDryRunRow> each) {
        stream("where dry_run_id = ? and problems is not null", each, dryRunId);
    }

    /** Streams the rows whose creation failed, in line order. */
    void forEachFailedRow(String dryRunId, Consumer<MailboxDryRunRow> each) {
        stream("where dry_run_id = ? and outcome = ?", each, dryRunId, MailboxDryRunRow.FAILED);
    }

    private void stream(String where, Consumer<MailboxDryRunRow> each, Object... arguments) {
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("select " + ROW_COLUMNS + " from mailbox_dry_run_row " + where
                    + " order by line_no");
            statement.setFetchSize(500);
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            return statement;
        }, rs -> {
            each.accept(row(rs, 0));
        });
    }

    List<MailboxDryRunRow> rowsWithOutcome(String dryRunId, String outcome, int offset, int limit) {
        return jdbc.query("select " + ROW_COLUMNS + " from mailbox_dry_run_row where dry_run_id = ? and outcome = ?"
                + " order by line_no limit ? offset ?", MailboxDryRunStore::row, dryRunId, outcome, limit, offset);
    }

    int countOutcome(String dryRunId, String outcome) {
        Integer count = jdbc.queryForObject("select count(*) from mailbox_dry_run_row where dry_run_id = ? and outcome = ?",
                Integer.class, dryRunId, outcome);
        return count == null ? 0 : count;
    }

    /** How many rows of each chunk were created. */
    Map<Integer, Integer> createdPerChunk(String dryRunId) {
        Map<Integer, Integer> created = new HashMap<>();
        jdbc.query("""
                select chunk_index, count(*) from mailbox_dry_run_row
                where dry_run_id = ? and outcome = ? group by chunk_index""",
                (ResultSet rs) -> {
                    created.put(rs.getInt(1), rs.getInt(2));
                }, dryRunId, MailboxDryRunRow.CREATED);
        return created;
    }

    /** The line numbers of the valid rows, in order: the chunks are cut from them. */
    List<Integer> validLines(String dryRunId) {
        return jdbc.queryForList("select line_no from mailbox_dry_run_row where dry_run_id = ? and problems is null"
                + " order by line_no", Integer.class, dryRunId);
    }

    List<MailboxDryRunRow> chunkRows(String dryRunId, int chunkIndex) {
        return jdbc.query("select " + ROW_COLUMNS + " from mailbox_dry_run_row where dry_run_id = ? and chunk_index = ?"
                + " order by line_no", MailboxDryRunStore::row, dryRunId, chunkIndex);
    }

    /** Marks rows of a chunk as created (by address), keeping the mailbox id; their passwords are no longer kept. */
    int markCreated(String dryRunId, int chunkIndex, Map<String, Long> createdByAddress) {
        if (createdByAddress.isEmpty()) {
            return 0;
        }
        List<Map.Entry<String, Long>> created = new ArrayList<>(createdByAddress.entrySet());
        int[][] counts = jdbc.batchUpdate("""
                update mailbox_dry_run_row set outcome = ?, mailbox_id = ?, outcome_reason = null, password_enc = null
                where dry_run_id = ? and chunk_index = ? and address = ?""", created, 500,
                (statement, entry) -> {
                    statement.setString(1, MailboxDryRunRow.CREATED);
                    if (entry.getValue() == null) {
                        statement.setNull(2, Types.BIGINT);
                    } else {
                        statement.setLong(2, entry.getValue());
                    }
                    statement.setString(3, dryRunId);
                    statement.setInt(4, chunkIndex);
                    statement.setString(5, entry.getKey());
                });
        return Arrays.stream(counts).flatMapToInt(Arrays::stream).map(n -> Math.max(n, 0)).sum();
    }

    /**
     * Marks the rows of a chunk that are not created as failed, with the reason; {@code resendable}
     * when nothing in the rows themselves stands in the way of sending them again.
     */
    void markFailed(String dryRunId, int chunkIndex, String reason, boolean resendable) {
        jdbc.update("""
                update mailbox_dry_run_row set outcome = ?, outcome_reason = ?, resendable = ?
                where dry_run_id = ? and chunk_index = ? and (outcome is null or outcome <> ?)""",
                MailboxDryRunRow.FAILED, fit(reason, 1000), resendable, dryRunId, chunkIndex, MailboxDryRunRow.CREATED);
    }

    /** Marks one row as failed with its own reason. */
    void markRowFailed(long rowId, String reason, boolean resendable) {
        jdbc.update("update mailbox_dry_run_row set outcome = ?, outcome_reason = ?, resendable = ? where id = ?"
                + " and (outcome is null or outcome <> ?)", MailboxDryRunRow.FAILED, fit(reason, 1000), resendable,
                rowId, MailboxDryRunRow.CREATED);
    }

    int countResendable(String dryRunId) {
        Integer count = jdbc.queryForObject("select count(*) from mailbox_dry_run_row where dry_run_id = ? and outcome = ?"
                + " and resendable = true", Integer.class, dryRunId, MailboxDryRunRow.FAILED);
        return count == null ? 0 : count;
    }

    /** The addresses of the rows that may be sent again, in line order. */
    List<MailboxDryRunRow> resendableRows(String dryRunId) {
        return jdbc.query("select " + ROW_COLUMNS + " from mailbox_dry_run_row where dry_run_id = ? and outcome = ?"
                + " and resendable = true order by line_no", MailboxDryRunStore::row, dryRunId, MailboxDryRunRow.FAILED);
    }

    /**
     * Puts the rows that may be sent again into new chunks of {@code chunkSize}, each under a new
     * operation key, and sets the dry run submitting again; returns how many rows were moved. A
     * second call (a double click) finds no row left to move, or collides on the chunk index and
     * rolls back with its transaction.
     */
    int resend(String dryRunId, String confirmKey, int chunkSize, Instant now) {
        List<Long> ids = jdbc.queryForList("select id from mailbox_dry_run_row where dry_run_id = ? and outcome = ?"
                + " and resendable = true order by line_no", Long.class, dryRunId, MailboxDryRunRow.FAILED);
        if (ids.isEmpty()) {
            return 0;
        }
        Integer last = jdbc.queryForObject("select max(chunk_index) from mailbox_creation_chunk where dry_run_id = ?",
                Integer.class, dryRunId);
        int index = last == null ? 0 : last + 1;
        int moved = 0;
        for (int from = 0; from < ids.size(); from += chunkSize, index++) {
            List<Long> part = ids.subList(from, Math.min(from + chunkSize, ids.size()));
            jdbc.update("""
                    insert into mailbox_creation_chunk (dry_run_id, chunk_index, operation_key, row_count, state, updated_at)
                    values (?, ?, ?, ?, ?, ?)""", dryRunId, index, operationKey(confirmKey, index), part.size(),
                    MailboxCreationChunk.State.QUEUED.name(), time(now));
            int chunkIndex = index;
            int[][] counts = jdbc.batchUpdate("""
                    update mailbox_dry_run_row set chunk_index = ?, outcome = null, outcome_reason = null, resendable = false
                    where id = ? and outcome = ? and resendable = true""", part, 500, (statement, id) -> {
                        statement.setInt(1, chunkIndex);
                        statement.setLong(2, id);
                        statement.setString(3, MailboxDryRunRow.FAILED);
                    });
            moved += Arrays.stream(counts).flatMapToInt(Arrays::stream).map(n -> Math.max(n, 0)).sum();
        }
        jdbc.update("update mailbox_dry_run set state = ? where id = ?", MailboxDryRunState.SUBMITTING.name(), dryRunId);
        return moved;
    }

    // ---- chunks ----

    /** Cuts the valid rows into chunks of {@code chunkSize} in line order, each with its operation key. */
    void createChunks(String dryRunId, int chunkSize, String confirmKey, Instant now) {
        List<Integer> lines = validLines(dryRunId);
        for (int index = 0, from = 0; from < lines.size(); index++, from += chunkSize) {
            int to = Math.min(from + chunkSize, lines.size()) - 1;
            jdbc.update("""
                    update mailbox_dry_run_row set chunk_index = ?
                    where dry_run_id = ? and problems is null and line_no between ? and ?""",
                    index, dryRunId, lines.get(from), lines.get(to));
            jdbc.update("""
                    insert into mailbox_creation_chunk (dry_run_id, chunk_index, operation_key, row_count, state, updated_at)
                    values (?, ?, ?, ?, ?, ?)""", dryRunId, index, operationKey(confirmKey, index), to - from + 1,
                    MailboxCreationChunk.State.QUEUED.name(), time(now));
        }
    }

    static String operationKey(String confirmKey, int chunkIndex) {
        return "mailboxes:" + confirmKey + ":" + chunkIndex;
    }

    List<MailboxCreationChunk> chunks(String dryRunId) {
        return jdbc.query("select " + CHUNK_COLUMNS + " from mailbox_creation_chunk where dry_run_id = ?"
                + " order by chunk_index", MailboxDryRunStore::chunk, dryRunId);
    }

    Optional<MailboxCreationChunk> chunkByKey(String operationKey) {
        return jdbc.query("select " + CHUNK_COLUMNS + " from mailbox_creation_chunk where operation_key = ?",
                MailboxDryRunStore::chunk, operationKey).stream().findFirst();
    }

    /** A chunk whose fate was unknown, settled: {@code state} replaces OUTCOME_UNKNOWN (and nothing else). */
    void settleUnknownChunk(long chunkId, MailboxCreationChunk.State state, String message, Instant now) {
        jdbc.update("update mailbox_creation_chunk set state = ?, message = ?, updated_at = ? where id = ? and state = ?",
                state.name(), fit(message, 2000), time(now), chunkId, MailboxCreationChunk.State.OUTCOME_UNKNOWN.name());
    }

    void settleChunk(long chunkId, MailboxCreationChunk.State state, Long operationId, Long jobId, String message, Instant now) {
        jdbc.update("""
                update mailbox_creation_chunk set state = ?, operation_id = ?, job_id = ?, message = ?, updated_at = ?
                where id = ?""", state.name(), operationId, jobId, fit(message, 2000), time(now), chunkId);
    }

    // ---- mapping ----

    private static MailboxDryRunSummary summary(ResultSet rs, int rowNum) throws SQLException {
        return new MailboxDryRunSummary(rs.getString("id"), MailboxProvider.valueOf(rs.getString("provider")),
                rs.getString("source"), MailboxDryRunState.valueOf(rs.getString("state")), rs.getString("confirm_key"),
                split(rs.getString("notices")), rs.getInt("total_rows"), rs.getInt("valid_rows"),
                nullableInt(rs, "chunk_size"), rs.getString("created_by"), instant(rs, "created_at"),
                rs.getString("confirmed_by"), instant(rs, "confirmed_at"), instant(rs, "submitted_at"));
    }

    private static MailboxDryRunRow row(ResultSet rs, int rowNum) throws SQLException {
        return new MailboxDryRunRow(rs.getLong("id"), rs.getInt("line_no"), rs.getString("address"),
                rs.getString("name"), rs.getString("first_name"), rs.getString("last_name"),
                rs.getString("password_enc"), split(rs.getString("problems")), nullableInt(rs, "chunk_index"),
                rs.getString("outcome"), nullableLong(rs, "mailbox_id"), rs.getString("outcome_reason"),
                rs.getBoolean("resendable"));
    }

    private static MailboxCreationChunk chunk(ResultSet rs, int rowNum) throws SQLException {
        return new MailboxCreationChunk(rs.getLong("id"), rs.getString("dry_run_id"), rs.getInt("chunk_index"),
                rs.getString("operation_key"), rs.getInt("row_count"),
                MailboxCreationChunk.State.valueOf(rs.getString("state")),
                nullableLong(rs, "operation_id"), nullableLong(rs, "job_id"), rs.getString("message"));
    }

    private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
