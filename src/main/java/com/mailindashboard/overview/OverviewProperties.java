package com.mailindashboard.overview;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The overview's settings ({@code dashboard.overview.*}): account, servers and credits read from
 * Mailin are reused for {@code cacheTtl}; failed jobs count as recent for {@code failedDays} days.
 */
@ConfigurationProperties("dashboard.overview")
public record OverviewProperties(Duration cacheTtl, Integer failedDays) {

    public OverviewProperties {
        cacheTtl = cacheTtl == null ? Duration.ofSeconds(60) : cacheTtl;
        failedDays = failedDays == null || failedDays <= 0 ? 7 : failedDays;
    }
}
