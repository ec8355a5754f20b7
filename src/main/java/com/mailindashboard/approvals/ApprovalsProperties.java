package com.mailindashboard.approvals;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Approval settings ({@code dashboard.approvals.*}): how long a held submission waits for a decision
 * before it expires, and how often expiry runs.
 */
@ConfigurationProperties("dashboard.approvals")
public record ApprovalsProperties(Duration expireAfter, Duration expiryInterval) {

    public ApprovalsProperties {
        expireAfter = expireAfter == null ? Duration.ofHours(24) : expireAfter;
        expiryInterval = expiryInterval == null ? Duration.ofMinutes(1) : expiryInterval;
    }
}
