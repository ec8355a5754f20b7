package com.mailindashboard.mailboxes;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Bulk creation settings ({@code dashboard.mailboxes.*}).
 *
 * @param maxUploadBytes     the largest CSV a dry run accepts
 * @param maxRows            the most rows a dry run accepts
 * @param chunkSize          how many mailboxes go in one creation request
 * @param dryRunRetention    how long an unconfirmed dry run (with its encrypted passwords) is kept
 * @param unknownSettleAfter how long after a creation request whose answer was lost its mailboxes may still
 *                           appear: past that, the ones reconciliation does not find are settled as not created
 *                           and may be sent again (a new operation key)
 * @param purgeInterval      how often unconfirmed dry runs past their retention are deleted
 */
@Validated
@ConfigurationProperties("dashboard.mailboxes")
public record MailboxCreationProperties(@DefaultValue("10MB") DataSize maxUploadBytes,
                                        @DefaultValue("50000") @Min(1) int maxRows,
                                        @DefaultValue("100") @Min(1) int chunkSize,
                                        @DefaultValue("3d") @DurationMin(seconds = 1) Duration dryRunRetention,
                                        @DefaultValue("1h") @DurationMin(seconds = 1) Duration unknownSettleAfter,
                                        @DefaultValue("1h") @DurationMin(seconds = 1) Duration purgeInterval) {

    public MailboxCreationProperties {
        if (maxUploadBytes.toBytes() <= 0) {
            throw new IllegalArgumentException("dashboard.mailboxes.max-upload-bytes must be positive, not "
                    + maxUploadBytes);
        }
    }
}
