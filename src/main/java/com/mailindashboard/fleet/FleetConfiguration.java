package com.mailindashboard.fleet;

import com.mailindashboard.gateway.MailinProperties;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FleetConfiguration {

    /** The background share of the upstream budget, as a rate limiter of its own (on top of the shared one). */
    @Bean
    BackgroundBudget fleetBackgroundBudget(FleetProperties fleet, MailinProperties mailin) {
        RateLimiter limiter = RateLimiter.of("mailin-background", RateLimiterConfig.custom()
                .limitForPeriod(fleet.callsPerSecond(mailin.rateLimit().perSecond()))
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(fleet.maxWait())
                .build());
        return limiter::acquirePermission;
    }
}
