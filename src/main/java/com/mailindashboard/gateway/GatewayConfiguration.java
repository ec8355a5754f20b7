package com.mailindashboard.gateway;

import com.mailindashboard.audit.AuditLog;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

@Configuration(proxyBeanMethods = false)
class GatewayConfiguration {

    @Bean
    MailinEndpoints mailinEndpoints(MailinProperties properties) {
        return new MailinEndpoints(properties.endpoints());
    }

    /** One limiter for the whole application: every call to Mailin takes a permit. */
    @Bean
    RateLimiter mailinRateLimiter(MailinProperties properties) {
        return RateLimiter.of("mailin", RateLimiterConfig.custom()
                .limitForPeriod(properties.rateLimit().perSecond())
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(properties.rateLimit().maxWait())
                .build());
    }

    @Bean
    MailinSession mailinSession(MailinConnectionSource source) {
        return new MailinSession(source);
    }

    @Bean
    MailinHttp mailinHttp(WebClient.Builder builder, MailinProperties properties, MailinEndpoints endpoints,
                          MailinConnectionSource source, MailinSession session, RateLimiter mailinRateLimiter,
                          MeterRegistry meters, AuditLog auditLog, ObjectProvider<MailinHttp.Sleeper> sleeper) {
        return new MailinHttp(MailinWebClients.create(builder, properties), properties, endpoints, source, session, mailinRateLimiter, meters,
                new AuditingWriteListener(auditLog), sleeper.getIfAvailable(() -> MailinHttp.Sleeper.REAL));
    }
}
