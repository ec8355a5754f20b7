package com.mailindashboard.mailboxes;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Bulk creation settings ({@code dashboard.mailboxes.*}): the largest upload and the most rows a
 * dry run accepts, how many mailboxes go in one creation request, how long an unconfirmed dry run
 * is kept, and how long after a request whose answer was lost its mailboxes may still appear
 * ({@code unknown-settle-after}): past that, the ones reconciliation does not find are settled as
 * not created and may be sent again.
 */
@ConfigurationProperties("dashboard.mailboxes")
public record MailboxCreationProperties(DataSize maxUploadBytes, int maxRows, int chunkSize,
                                        Duration dryRunRetention, Duration unknownSettleAfter) {

    public MailboxCreationProperties {
        maxUploadBytes = maxUploadBytes == null ? DataSize.ofMegabytes(10) : maxUploadBytes;
        maxRows = maxRows <= 0 ? 50_000 : maxRows;
        chunkSize = chunkSize <= 0 ? 100 : chunkSize;
        dryRunRetention = dryRunRetention == null ? Duration.ofDays(3) : dryRunRetention;
        unknownSettleAfter = unknownSettleAfter == null ? Duration.ofHours(1) : unknownSettleAfter;
    }

}
