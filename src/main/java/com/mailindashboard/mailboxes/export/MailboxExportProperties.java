package com.mailindashboard.mailboxes.export;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Export jobs ({@code dashboard.mailboxes.export.*}).
 *
 * @param retention         how long a finished export's file is kept for download before it is deleted
 * @param maxCallsPerSecond the most Mailin calls one export makes a second (list pages and app
 *                          passwords), below the gateway's shared limit so pages stay responsive
 * @param maxRunning        exports running at once in this instance; more wait their turn
 * @param staleAfter        a running export that reported no progress for this long was cut short
 *                          (the process stopped): it is marked failed so its starter can start it again
 * @param sweepInterval     how often expired export files are deleted and stopped exports failed
 */
@Validated
@ConfigurationProperties("dashboard.mailboxes.export")
public record MailboxExportProperties(@DefaultValue("1h") @DurationMin(seconds = 1) Duration retention,
                                      @DefaultValue("4") @Positive double maxCallsPerSecond,
                                      @DefaultValue("2") @Min(1) int maxRunning,
                                      @DefaultValue("10m") @DurationMin(seconds = 1) Duration staleAfter,
                                      @DefaultValue("1m") @DurationMin(millis = 1) Duration sweepInterval) {
}
