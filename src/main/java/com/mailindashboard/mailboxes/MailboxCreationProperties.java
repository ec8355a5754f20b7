package com.mailindashboard.mailboxes;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Bulk creation settings ({@code dashboard.mailboxes.*}): the largest upload and the most rows a
 * dry run accepts, how many mailboxes go in one creation request, and how long an unconfirmed
 * dry run is kept.
 */
@ConfigurationProperties("dashboard.mailboxes")
public record MailboxCreationProperties(DataSize maxUploadBytes, int maxRows, int chunkSize,
                                        Duration dryRunRetention) {

    public MailboxCreationProperties {
        maxUploadBytes = maxUploadBytes == null ? DataSize.ofMegabytes(10) : maxUploadBytes;
        maxRows = maxRows <= 0 ? 50_000 : maxRows;
        chunkSize = chunkSize <= 0 ? 100 : chunkSize;
        dryRunRetention = dryRunRetention == null ? Duration.ofDays(3) : dryRunRetention;
    }

}
