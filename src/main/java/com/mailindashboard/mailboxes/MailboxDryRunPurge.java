package com.mailindashboard.mailboxes;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Deletes dry runs nobody confirmed within {@code dashboard.mailboxes.dry-run-retention} (with their encrypted passwords). */
@Component
class MailboxDryRunPurge {

    private static final Logger log = LoggerFactory.getLogger(MailboxDryRunPurge.class);

    private final MailboxDryRunStore store;
    private final MailboxCreationProperties properties;
    private final Clock clock;

    MailboxDryRunPurge(MailboxDryRunStore store, MailboxCreationProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    @SchedulerLock(name = "mailbox-dry-runs-purge")
    public void purge() {
        int deleted = store.purgePreviews(clock.instant().minus(properties.dryRunRetention()));
        if (deleted > 0) {
            log.info("Deleted {} unconfirmed mailbox dry run(s) older than {}", deleted, properties.dryRunRetention());
        }
    }
}
