package com.mailindashboard.overview;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The overview's settings ({@code dashboard.overview.*}).
 *
 * @param cacheTtl   how long account, servers and credits read from Mailin are reused
 * @param failedDays how many days a failed job counts as recent
 */
@Validated
@ConfigurationProperties("dashboard.overview")
public record OverviewProperties(@DefaultValue("60s") @DurationMin(nanos = 0) Duration cacheTtl,
                                 @DefaultValue("7") @Min(1) Integer failedDays) {
}
