package com.mailindashboard.verification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Verification settings ({@code dashboard.verification.*}): how long a downloaded result file is
 * kept after its first download (Mailin deletes its own after some days), how long an unconfirmed
 * check and its cleaned file are kept, and the balance under which the overview and the credits
 * page warn.
 */
@ConfigurationProperties("dashboard.verification")
public record VerificationProperties(Duration keepResults, Duration checkRetention, long lowCreditsThreshold) {

    public VerificationProperties {
        keepResults = keepResults == null ? Duration.ofDays(90) : keepResults;
        checkRetention = checkRetention == null ? Duration.ofDays(1) : checkRetention;
        lowCreditsThreshold = lowCreditsThreshold <= 0 ? 1000 : lowCreditsThreshold;
    }
}
