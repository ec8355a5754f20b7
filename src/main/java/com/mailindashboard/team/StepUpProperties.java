package com.mailindashboard.team;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * A fresh proof before secrets and settings ({@code dashboard.step-up.*}, issue 13).
 *
 * @param freshFor how long a factor proven (the code, or the password for a teammate without a second
 *                 factor) lets a teammate reveal secrets, export passwords, change the Mailin connection
 *                 or manage the team before they are asked again
 */
@ConfigurationProperties("dashboard.step-up")
public record StepUpProperties(Duration freshFor) {

    public StepUpProperties {
        freshFor = freshFor == null || freshFor.isNegative() || freshFor.isZero() ? Duration.ofMinutes(15) : freshFor;
    }
}
