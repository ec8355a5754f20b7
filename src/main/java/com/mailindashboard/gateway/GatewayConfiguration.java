package com.mailindashboard.gateway;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

@Configuration(proxyBeanMethods = false)
class GatewayConfiguration {

    @Bean
    MailinEndpoints mailinEndpoints(MailinProperties properties) {
        return new MailinEndpoints(properties.endpoints());
    }

    /** One budget for the whole application: every call to Mailin takes a permit, people first. */
    @Bean
    UpstreamBudget upstreamBudget(MailinProperties properties, MeterRegistry meters) {
        MailinProperties.RateLimit limit = properties.rateLimit();
        return new UpstreamBudget(limit.perSecond(), limit.startedWorkShare(), limit.backgroundShare(), meters);
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
