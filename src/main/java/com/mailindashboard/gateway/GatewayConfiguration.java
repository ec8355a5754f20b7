package com.mailindashboard.gateway;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.ApplicationEventPublisher;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

@Configuration(proxyBeanMethods = false)
class GatewayConfiguration {

    @Bean
    MailinEndpoints mailinEndpoints(MailinProperties properties) {
        return new MailinEndpoints(properties.endpoints());
    }

    /**
     * One budget for the whole application: every call to Mailin takes a permit, people first. On
     * PostgreSQL (where several instances may run) each permit also takes one of the bucket all of
     * them share, unless {@code mailin.rate-limit.shared} is false; H2 runs one instance alone.
     */
    @Bean
    UpstreamBudget upstreamBudget(MailinProperties properties, MeterRegistry meters, DataSource dataSource) {
        MailinProperties.RateLimit limit = properties.rateLimit();
        SharedPermits permits = limit.shared() && onPostgres(dataSource)
                ? new SharedUpstreamBucket(dataSource, limit.perSecond()) : SharedPermits.NONE;
        return new UpstreamBudget(limit.perSecond(), limit.startedWorkShare(), limit.backgroundShare(), meters,
                permits);
    }

    private static boolean onPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database the budget is on", e);
        }
    }

    @Bean
    MailinSession mailinSession(MailinConnectionSource source) {
        return new MailinSession(source);
    }

    @Bean
    MailinHttp mailinHttp(WebClient.Builder builder, MailinProperties properties, MailinEndpoints endpoints,
                          MailinConnectionSource source, MailinSession session, UpstreamBudget upstreamBudget,
                          MeterRegistry meters, ApplicationEventPublisher events) {
        return new MailinHttp(MailinWebClients.create(builder, properties), properties, endpoints, source, session, upstreamBudget, meters,
                new WriteEvents(events), MailinHttp.RetryPauses.NONE);
    }
}
