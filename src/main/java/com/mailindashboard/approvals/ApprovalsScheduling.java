package com.mailindashboard.approvals;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Expiry of undecided requests and the sending on of approved ones that never settled, every
 * {@link ApprovalsProperties#expiryInterval()}.
 */
@Configuration(proxyBeanMethods = false)
class ApprovalsScheduling implements SchedulingConfigurer {

    private static final Duration FIRST_RUN = Duration.ofSeconds(30);

    private final ApprovalsProperties properties;
    private final ApprovalService approvals;

    ApprovalsScheduling(ApprovalsProperties properties, ApprovalService approvals) {
        this.properties = properties;
        this.approvals = approvals;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(approvals::expireDue, properties.expiryInterval(), FIRST_RUN));
        registrar.addFixedDelayTask(new FixedDelayTask(approvals::resumeUnsettled, properties.expiryInterval(),
                FIRST_RUN.plusSeconds(15)));
    }
}
