package com.mailindashboard.mailboxes;

import com.mailindashboard.mailboxes.export.MailboxExportJobs;
import com.mailindashboard.mailboxes.export.MailboxExportProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** The purge of unconfirmed dry runs and the sweep of exports, at their configured intervals. */
@Configuration(proxyBeanMethods = false)
class MailboxesScheduling implements SchedulingConfigurer {

    private final MailboxCreationProperties creation;
    private final MailboxExportProperties export;
    private final MailboxDryRunPurge purge;
    private final MailboxExportJobs exports;

    MailboxesScheduling(MailboxCreationProperties creation, MailboxExportProperties export,
                        MailboxDryRunPurge purge, MailboxExportJobs exports) {
        this.creation = creation;
        this.export = export;
        this.purge = purge;
        this.exports = exports;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(purge::purge, creation.purgeInterval(),
                creation.purgeInterval()));
        registrar.addFixedDelayTask(new FixedDelayTask(exports::sweep, export.sweepInterval(),
                export.sweepInterval()));
    }
}
