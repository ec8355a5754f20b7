package com.mailindashboard.fleet;

import com.mailindashboard.jobs.JobsProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** The fleet refresher's tick ({@code dashboard.fleet.tick}), first run with the scheduler's start delay. */
@Configuration(proxyBeanMethods = false)
class FleetScheduling implements SchedulingConfigurer {

    private final FleetProperties fleet;
    private final JobsProperties jobs;
    private final FleetRefresher refresher;

    FleetScheduling(FleetProperties fleet, JobsProperties jobs, FleetRefresher refresher) {
        this.fleet = fleet;
        this.jobs = jobs;
        this.refresher = refresher;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(refresher::tick, fleet.tick(), jobs.startDelay()));
    }
}
