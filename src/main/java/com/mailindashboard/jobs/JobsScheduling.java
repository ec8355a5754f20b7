package com.mailindashboard.jobs;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** The job poller and the webhook sender, run at the intervals of {@link JobsProperties}. */
@Configuration(proxyBeanMethods = false)
class JobsScheduling implements SchedulingConfigurer {

    private final JobsProperties properties;
    private final JobPoller poller;
    private final WebhookSender webhooks;

    JobsScheduling(JobsProperties properties, JobPoller poller, WebhookSender webhooks) {
        this.properties = properties;
        this.poller = poller;
        this.webhooks = webhooks;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(poller::scheduledCycle, properties.pollInterval(),
                properties.startDelay()));
        registrar.addFixedDelayTask(new FixedDelayTask(webhooks::deliverDue, properties.webhookInterval(),
                properties.startDelay()));
    }
}
