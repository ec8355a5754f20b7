package com.mailindashboard.team;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * A fresh proof before secrets and settings ({@code dashboard.step-up.*}, issue 13).
 *
 * @param freshFor how long a factor proven (the code, or the password for a teammate without a second
 *                 factor) lets a teammate reveal secrets, export passwords, change the Mailin connection
 *                 or manage the team before they are asked again
 */
@Validated
@ConfigurationProperties("dashboard.step-up")
public record StepUpProperties(@DefaultValue("15m") @DurationMin(seconds = 1) Duration freshFor) {
}
