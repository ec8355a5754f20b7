package com.mailindashboard.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mailindashboard.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** On PostgreSQL the database itself refuses to change or remove an audit event. */
@IntegrationTest
class AuditAppendOnlyTest {

    @Autowired
    AuditLog auditLog;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eventsCanBeAppendedButNeitherUpdatedNorDeleted() {
        AuditEvent event = auditLog.record(AuditEntry.of("test.append-only", AuditOutcome.SUCCESS)
                .target("test", 1, "label").summary("password=[redacted]"));
        assertThat(event.getId()).isNotNull();
        assertThat(jdbc.queryForObject("select action from audit_event where id = ?", String.class, event.getId()))
                .isEqualTo("test.append-only");

        assertThatThrownBy(() -> jdbc.update("update audit_event set outcome = 'FAILURE' where id = ?", event.getId()))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", event.getId()))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_event"))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select outcome from audit_event where id = ?", String.class, event.getId()))
                .isEqualTo("SUCCESS");
    }

    @Test
    void theRepositoryOffersNoWayToChangeOrRemoveEvents() {
        assertThat(AuditEventRepository.class.getMethods())
                .extracting(java.lang.reflect.Method::getName)
                .noneMatch(name -> name.startsWith("delete") || name.startsWith("update") || name.equals("saveAll"));
    }
}
