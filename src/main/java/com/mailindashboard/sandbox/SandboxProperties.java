package com.mailindashboard.sandbox;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The built-in Mailin simulator ({@code dashboard.sandbox.*}).
 *
 * @param enabled          whether the environment points the dashboard at the sandbox ({@code DASHBOARD_SANDBOX},
 *                         default false, in application.yml); an admin can also switch it on in the settings page
 * @param tokenTtl         how long a token the sandbox hands out stays valid
 * @param jobPolls         status reads a simulated job answers "pending" before it completes
 * @param activationReads  reads of a new domain or mailbox before it shows as active
 * @param orderStatusReads reads of a new Microsoft order before it is ready
 * @param uploadStep       how far (in percent) a simulated order's upload progresses on each read
 */
@Validated
@ConfigurationProperties("dashboard.sandbox")
public record SandboxProperties(boolean enabled,
                                @DefaultValue("30m") @DurationMin(seconds = 1) Duration tokenTtl,
                                @DefaultValue("3") @Min(0) int jobPolls,
                                @DefaultValue("2") @Min(0) int activationReads,
                                @DefaultValue("3") @Min(0) int orderStatusReads,
                                @DefaultValue("40") @Min(1) int uploadStep) {
}
