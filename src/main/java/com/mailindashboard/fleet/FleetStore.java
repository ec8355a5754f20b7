package com.mailindashboard.fleet;

import com.mailindashboard.text.Texts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The fleet summary and the rows of the last count ({@code fleet_summary}, {@code fleet_item}). */
@Repository
class FleetStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    FleetStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    @Transactional(readOnly = true)
    List<FleetCount> all() {
        Map<FleetKind, FleetCount> found = new EnumMap<>(FleetKind.class);
        jdbc.sql("select * from fleet_summary").query(FleetStore::count).list()
                .stream().filter(c -> c != null).forEach(c -> found.put(c.kind(), c));
        List<FleetCount> counts = new ArrayList<>();
        for (FleetKind kind : FleetKind.values()) {
            counts.add(found.getOrDefault(kind, FleetCount.empty(kind)));
        }
        return counts;
    }

    @Transactional
    void saveTotal(FleetKind kind, long total, Instant at) {
        ensure(kind);
        jdbc.sql("update fleet_summary set total = ?, total_at = ?, problem = null, problem_at = null where kind = ?")
                .params(total, Timestamp.from(at), kind.name()).update();
    }

    @Transactional
    void saveProblem(FleetKind kind, String problem, Instant at) {
        ensure(kind);
        jdbc.sql("update fleet_summary set problem = ?, problem_at = ? where kind = ?")
                .params(problem, Timestamp.from(at), kind.name()).update();
    }

    /** Replaces the count of one list: its rows, its split and its total, in one transaction. */
    @Transactional
    void replaceSplit(FleetKind kind, List<FleetRow> rows, long total, Instant at) {
        ensure(kind);
        Map<StatusGroup, Integer> split = new EnumMap<>(StatusGroup.class);
        List<Object[]> batch = new ArrayList<>(rows.size());
        for (FleetRow row : rows) {
            StatusGroup group = StatusGroup.of(row.status(), kind.domains());
            split.merge(group, 1, Integer::sum);
            batch.add(new Object[] {kind.name(), row.id(), Texts.fit(row.name(), 320), Texts.fit(row.status(), 60), group.name()});
        }
        jdbc.sql("delete from fleet_item where kind = ?").param(kind.name()).update();
        template.batchUpdate("insert into fleet_item (kind, upstream_id, name, status, status_group) values (?, ?, ?, ?, ?)",
                batch);
        jdbc.sql("""
                update fleet_summary set total = ?, total_at = ?, active_count = ?, pending_count = ?,
                  inactive_count = ?, other_count = ?, split_at = ?, problem = null, problem_at = null
                where kind = ?""")
                .params(total, Timestamp.from(at), split.getOrDefault(StatusGroup.ACTIVE, 0),
                        split.getOrDefault(StatusGroup.PENDING, 0), split.getOrDefault(StatusGroup.INACTIVE, 0),
                        split.getOrDefault(StatusGroup.OTHER, 0), Timestamp.from(at), kind.name())
                .update();
    }

    @Transactional(readOnly = true)
    List<FleetRow> items(FleetKind kind, StatusGroup group, int offset, int limit) {
        return jdbc.sql("""
                select upstream_id, name, status from fleet_item where kind = ? and status_group = ?
                order by name, id offset ? rows fetch next ? rows only""")
                .params(kind.name(), group.name(), offset, limit)
                .query((rs, n) -> new FleetRow(rs.getObject("upstream_id") == null ? null : rs.getLong("upstream_id"),
                        rs.getString("name"), rs.getString("status")))
                .list();
    }

    @Transactional(readOnly = true)
    long itemCount(FleetKind kind, StatusGroup group) {
        return jdbc.sql("select count(*) from fleet_item where kind = ? and status_group = ?")
                .params(kind.name(), group.name()).query(Long.class).single();
    }

    private void ensure(FleetKind kind) {
        int found = jdbc.sql("select count(*) from fleet_summary where kind = ?").param(kind.name())
                .query(Integer.class).single();
        if (found == 0) {
            jdbc.sql("insert into fleet_summary (kind) values (?)").param(kind.name()).update();
        }
    }

    private static FleetCount count(ResultSet rs, int n) throws SQLException {
        FleetKind kind;
        try {
            kind = FleetKind.valueOf(rs.getString("kind"));
        } catch (IllegalArgumentException e) {
            return null;
        }
        Map<StatusGroup, Integer> split = new EnumMap<>(StatusGroup.class);
        Instant splitAt = instant(rs, "split_at");
        if (splitAt != null) {
            split.put(StatusGroup.ACTIVE, rs.getInt("active_count"));
            split.put(StatusGroup.PENDING, rs.getInt("pending_count"));
            split.put(StatusGroup.INACTIVE, rs.getInt("inactive_count"));
            split.put(StatusGroup.OTHER, rs.getInt("other_count"));
        }
        Long total = rs.getObject("total") == null ? null : rs.getLong("total");
        return new FleetCount(kind, total, instant(rs, "total_at"), split, splitAt, rs.getString("problem"),
                instant(rs, "problem_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
