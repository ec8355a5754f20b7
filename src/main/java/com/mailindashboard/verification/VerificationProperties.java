package com.mailindashboard.verification;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Verification settings ({@code dashboard.verification.*}).
 *
 * @param keepResults         how long a finished task's results are kept after their first download (Mailin
 *                            deletes its own after some days; {@code DASHBOARD_VERIFICATION_KEEP_RESULTS}, default
 *                            90 days, in application.yml with the variable)
 * @param checkRetention      how long an unconfirmed check and its cleaned file are kept
 * @param lowCreditsThreshold the balance under which the overview and the credits page warn
 *                            ({@code DASHBOARD_LOW_CREDITS_THRESHOLD}, default 1000, in application.yml)
 */
@Validated
@ConfigurationProperties("dashboard.verification")
public record VerificationProperties(@NotNull @DurationMin(seconds = 1) Duration keepResults,
                                     @DefaultValue("1d") @DurationMin(seconds = 1) Duration checkRetention,
                                     @Min(1) long lowCreditsThreshold) {
}
