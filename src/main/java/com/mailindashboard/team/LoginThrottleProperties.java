package com.mailindashboard.team;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Login throttling ({@code dashboard.login-throttle.*}).
 *
 * @param maxFailures failed logins (or wrong second-factor codes) for one account or from one address within
 *                    {@code window} that lock further attempts
 * @param window      how far back failures are counted
 * @param lockout     how long a lock lasts after the last counted failure
 */
@Validated
@ConfigurationProperties("dashboard.login-throttle")
public record LoginThrottleProperties(@DefaultValue("5") @Min(1) int maxFailures,
                                      @DefaultValue("15m") @DurationMin(seconds = 1) Duration window,
                                      @DefaultValue("15m") @DurationMin(seconds = 1) Duration lockout) {
}
