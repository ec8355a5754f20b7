package com.mailindashboard.jobs;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled maintenance (purges, sweeps, the fleet refresh, the recovery of interrupted
 * submissions) runs once among the dashboards on one database: each such task is a
 * {@code @SchedulerLock} method, and the instance that takes the task's row in {@code shedlock}
 * (V8_2) runs it while the others skip that round. The lock's times come from the database's clock,
 * so instances with skewed clocks agree. Job polls and webhook deliveries claim row by row instead
 * (JobRepository, WebhookDeliveryRepository).
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = MaintenanceLocks.AT_MOST)
class MaintenanceLocks {

    /** Longer than any maintenance round; a lock an instance that stopped mid-round held ends then. */
    static final String AT_MOST = "15m";

    @Bean
    LockProvider maintenanceLockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
