package com.mailindashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mailindashboard.gateway.MailinProperties;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.FieldError;

/**
 * The gateway's {@code mailin.*} settings, bound as at start (application.yml maps only the environment
 * variables): the record holds every default, a bad value stops the start naming the setting, and the renamed
 * {@code mailin.retry.max-attempts} is refused instead of silently ignored.
 */
class MailinSettingsTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(MailinProperties.class)
    static class Settings {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withUserConfiguration(Settings.class);

    @Test
    void theRecordHoldsTheDefaultsAndApplicationYmlMapsTheVariables() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            MailinProperties mailin = context.getBean(MailinProperties.class);
            assertThat(mailin.baseUrl()).isEqualTo("https://api.mailin.ai");
            assertThat(mailin.managedByEnvironment()).isFalse();
            assertThat(mailin.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
            assertThat(mailin.responseTimeout()).isEqualTo(Duration.ofSeconds(30));
            assertThat(mailin.pageDeadline()).as("MAILIN_PAGE_DEADLINE unset").isEqualTo(Duration.ofSeconds(10));
            assertThat(mailin.rateLimit().perSecond()).isEqualTo(5);
            assertThat(mailin.rateLimit().maxWait()).isEqualTo(Duration.ofSeconds(30));
            assertThat(mailin.rateLimit().startedWorkShare()).isEqualTo(0.3);
            assertThat(mailin.rateLimit().backgroundShare()).isEqualTo(0.2);
            assertThat(mailin.rateLimit().slowDownPause()).isEqualTo(Duration.ofSeconds(5));
            assertThat(mailin.rateLimit().keepSlowReads()).isEqualTo(Duration.ofSeconds(30));
            assertThat(mailin.retry().maxRetries()).isEqualTo(3);
            assertThat(mailin.retry().initialBackoff()).isEqualTo(Duration.ofMillis(300));
            assertThat(mailin.retry().maxBackoff()).isEqualTo(Duration.ofSeconds(3));
            assertThat(mailin.endpoints()).isEmpty();
        });
    }

    @Test
    void aSetValueWinsOverTheDefault() {
        runner.withPropertyValues("mailin.page-deadline=2500ms", "mailin.rate-limit.per-second=9",
                "mailin.endpoints.domain-delete=/domains/delete/{domain_id}").run(context -> {
            MailinProperties mailin = context.getBean(MailinProperties.class);
            assertThat(mailin.pageDeadline()).isEqualTo(Duration.ofMillis(2500));
            assertThat(mailin.rateLimit().perSecond()).isEqualTo(9);
            assertThat(mailin.rateLimit().backgroundShare()).isEqualTo(0.2);
            assertThat(mailin.endpoints()).containsEntry("domain-delete", "/domains/delete/{domain_id}");
        });
    }

    @ParameterizedTest
    @CsvSource({
            "mailin.base-url, ' '",
            "mailin.connect-timeout, 0s",
            "mailin.response-timeout, -1s",
            "mailin.page-deadline, 0s",
            "mailin.rate-limit.per-second, 0",
            "mailin.rate-limit.max-wait, -5s",
            "mailin.rate-limit.started-work-share, 1.5",
            "mailin.rate-limit.background-share, -0.1",
            "mailin.rate-limit.keep-slow-reads, -1s",
            "mailin.retry.max-retries, -1",
            "mailin.retry.initial-backoff, -300ms",
    })
    void aBadValueStopsTheStartNamingTheSetting(String name, String value) {
        runner.withPropertyValues(name + "=" + value).run(context -> {
            assertThat(context).hasFailed();
            assertThat(rejectedSettings(context.getStartupFailure())).containsExactly(ConfigurationPropertyName.of(name));
        });
    }

    /**
     * The settings a failed start names, as Boot's failure report prints them ({@code mailin.rateLimit.perSecond}
     * for a nested record's field: the same setting as {@code mailin.rate-limit.per-second}).
     */
    private static List<ConfigurationPropertyName> rejectedSettings(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindValidationException validation) {
                return validation.getValidationErrors().getAllErrors().stream()
                        .map(FieldError.class::cast)
                        .map(error -> ConfigurationPropertyName.adapt(error.getObjectName() + "." + error.getField(), '.'))
                        .toList();
            }
        }
        throw new AssertionError("not a validation failure: " + messages(failure));
    }

    @Test
    void theRenamedMaxAttemptsStopsTheStartNamingItsNewName() {
        SpringApplicationBuilder start = new SpringApplicationBuilder(Empty.class)
                .web(WebApplicationType.NONE)
                .properties("mailin.retry.max-attempts=2");

        assertThatThrownBy(start::run)
                .hasMessageContaining("mailin.retry.max-attempts")
                .hasMessageContaining("mailin.retry.max-retries");
    }

    @Test
    void theNewNameStartsAsUsual() {
        try (var context = new SpringApplicationBuilder(Empty.class).web(WebApplicationType.NONE)
                .properties("mailin.retry.max-retries=2").run()) {
            assertThat(context.isActive()).isTrue();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }

    private static String messages(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            text.append(cause.getMessage()).append('\n');
        }
        return text.toString();
    }
}
