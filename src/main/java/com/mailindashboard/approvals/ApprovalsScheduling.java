package com.mailindashboard.approvals;

import com.mailindashboard.jobs.JobsProperties;
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

    private final ApprovalsProperties properties;
    private final JobsProperties jobs;
    private final ApprovalService approvals;

    ApprovalsScheduling(ApprovalsProperties properties, JobsProperties jobs, ApprovalService approvals) {
        this.properties = properties;
        this.jobs = jobs;
        this.approvals = approvals;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        // after the start delay every scheduled round shares (dashboard.jobs.start-delay)
        registrar.addFixedDelayTask(new FixedDelayTask(approvals::expireDue, properties.expiryInterval(),
                jobs.startDelay()));
        registrar.addFixedDelayTask(new FixedDelayTask(approvals::resumeUnsettled, properties.expiryInterval(),
                jobs.startDelay()));
    }
}
