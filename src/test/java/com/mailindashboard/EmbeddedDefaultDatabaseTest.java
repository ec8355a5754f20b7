package com.mailindashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The embedded default (H2 in PostgreSQL mode, as `./mvnw spring-boot:run` and the jar start) takes
 * every migration and Hibernate validates the schema against every entity: the integration tests
 * run on PostgreSQL, so a keyword H2 reserves (a column named {@code unknown}) would pass them all.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:embedded-default;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "spring.datasource.username=sa", "spring.datasource.password=",
        "dashboard.jobs.start-delay=1h"})
@ActiveProfiles("test")
class EmbeddedDefaultDatabaseTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyMigrationAppliesOnH2AndTheEntitiesMatchTheSchema() {
        List<String> failed = jdbc.queryForList(
                "select \"version\" from \"flyway_schema_history\" where \"success\" = false", String.class);
        Integer applied = jdbc.queryForObject("select count(*) from \"flyway_schema_history\" where \"success\" = true",
                Integer.class);
        assertThat(failed).isEmpty();
        assertThat(applied).isGreaterThanOrEqualTo(10);
        assertThat(jdbc.queryForObject("select count(*) from verification_task", Integer.class)).isZero();
    }
}
