package com.mailindashboard.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.backoff.BackOffExecution;

/** {@code mailin.retry.max-retries} counts retries after the first attempt, and the read backoff follows it. */
class RetrySettingsTest {

    @Test
    void maxRetriesBindsAndLimitsTheReadBackoff() {
        MailinProperties properties = new Binder(new MapConfigurationPropertySource(Map.of(
                "mailin.retry.max-retries", "1",
                "mailin.retry.initial-backoff", "200ms",
                "mailin.retry.max-backoff", "1s")))
                .bind("mailin", MailinProperties.class).get();

        assertThat(properties.retry().maxRetries()).isEqualTo(1);
        BackOffExecution steps = properties.retry().backoff().start();
        assertThat(steps.nextBackOff()).isBetween(100L, 200L);
        assertThat(steps.nextBackOff()).isEqualTo(BackOffExecution.STOP);
        assertThat(properties.retry().backoff().max()).isEqualTo(Duration.ofSeconds(1));
    }
}
