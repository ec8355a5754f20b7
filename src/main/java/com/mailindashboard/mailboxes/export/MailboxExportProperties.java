package com.mailindashboard.mailboxes.export;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Export jobs ({@code dashboard.mailboxes.export.*}).
 *
 * @param retention         how long a finished export's file is kept for download before it is deleted
 * @param maxCallsPerSecond the most Mailin calls one export makes a second (list pages and app
 *                          passwords), below the gateway's shared limit so pages stay responsive
 * @param maxRunning        exports running at once in this instance; more wait their turn
 * @param staleAfter        a running export that reported no progress for this long was cut short
 *                          (the process stopped): it is marked failed so its starter can start it again
 */
@ConfigurationProperties("dashboard.mailboxes.export")
public record MailboxExportProperties(Duration retention, double maxCallsPerSecond, int maxRunning,
                                      Duration staleAfter) {

    public MailboxExportProperties {
        retention = retention == null ? Duration.ofHours(1) : retention;
        maxCallsPerSecond = maxCallsPerSecond <= 0 ? 4 : maxCallsPerSecond;
        maxRunning = maxRunning <= 0 ? 2 : maxRunning;
        staleAfter = staleAfter == null ? Duration.ofMinutes(10) : staleAfter;
    }
}
