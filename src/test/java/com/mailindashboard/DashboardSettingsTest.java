package com.mailindashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.mailindashboard.approvals.ApprovalsProperties;
import com.mailindashboard.fleet.FleetProperties;
import com.mailindashboard.jobs.JobsProperties;
import com.mailindashboard.mailboxes.MailboxCreationProperties;
import com.mailindashboard.mailboxes.export.MailboxExportProperties;
import com.mailindashboard.overview.OverviewProperties;
import com.mailindashboard.sandbox.SandboxProperties;
import com.mailindashboard.secrets.StorageProperties;
import com.mailindashboard.team.AdminProperties;
import com.mailindashboard.team.LoginThrottleProperties;
import com.mailindashboard.team.StepUpProperties;
import com.mailindashboard.verification.VerificationProperties;
import com.mailindashboard.web.WebProperties;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The typed settings tree, bound as at start (application.yml and its environment variable mappings): every
 * {@code dashboard.*} record holds its defaults, and a bad value stops the start with the setting's name
 * instead of being replaced by a default.
 */
class DashboardSettingsTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({StorageProperties.class, WebProperties.class, SandboxProperties.class,
            AdminProperties.class, LoginThrottleProperties.class, JobsProperties.class, OverviewProperties.class,
            VerificationProperties.class, MailboxCreationProperties.class, MailboxExportProperties.class,
            FleetProperties.class, ApprovalsProperties.class, StepUpProperties.class})
    static class Settings {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withUserConfiguration(Settings.class);

    @Test
    void everyRecordHoldsItsDefaultsWithApplicationYmlMappingTheVariables() {
        runner.run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(SandboxProperties.class).enabled()).isFalse();
                    assertThat(context.getBean(SandboxProperties.class).tokenTtl()).isEqualTo(Duration.ofMinutes(30));
                    JobsProperties jobs = context.getBean(JobsProperties.class);
                    assertThat(jobs.pollInterval()).isEqualTo(Duration.ofSeconds(2));
                    assertThat(jobs.startDelay()).isEqualTo(Duration.ofSeconds(3));
                    assertThat(jobs.webhookUrl()).isNull();
                    VerificationProperties verification = context.getBean(VerificationProperties.class);
                    assertThat(verification.keepResults()).isEqualTo(Duration.ofDays(90));
                    assertThat(verification.lowCreditsThreshold()).isEqualTo(1000);
                    assertThat(context.getBean(MailboxCreationProperties.class).maxUploadBytes())
                            .isEqualTo(DataSize.ofMegabytes(10));
                    assertThat(context.getBean(FleetProperties.class).backgroundShare()).isEqualTo(0.2);
                    assertThat(context.getBean(LoginThrottleProperties.class).maxFailures()).isEqualTo(5);
                    assertThat(context.getBean(WebProperties.class).publicUrl()).isEmpty();
                    assertThat(context.getBean(StorageProperties.class).secretKey()).isEmpty();
                    assertThat(context.getBean(StorageProperties.class).dataDir()).isEqualTo("./data");
                    assertThat(context.getBean(ApprovalsProperties.class).expireAfter()).isEqualTo(Duration.ofHours(24));
                    assertThat(context.getBean(ApprovalsProperties.class).resumeAfter()).isEqualTo(Duration.ofMinutes(5));
                    assertThat(context.getBean(StepUpProperties.class).freshFor()).isEqualTo(Duration.ofMinutes(15));
                    assertThat(context.getBean(AdminProperties.class).resetFactors()).isFalse();
                });
    }

    @Test
    void theSandboxSwitchIsItsOwnSettingBesideTheSandboxTuning() {
        runner.withPropertyValues("dashboard.sandbox.enabled=true", "dashboard.sandbox.job-polls=1")
                .run(context -> {
                    assertThat(context.getBean(SandboxProperties.class).enabled()).isTrue();
                    assertThat(context.getBean(SandboxProperties.class).jobPolls()).isEqualTo(1);
                });
    }

    @ParameterizedTest
    @CsvSource({
            "dashboard.jobs.poll-interval, -1s",
            "dashboard.jobs.notice-ttl, 0s",
            "dashboard.sandbox.token-ttl, -5m",
            "dashboard.login-throttle.max-failures, 0",
            "dashboard.fleet.background-share, 1.5",
            "dashboard.mailboxes.export.max-running, 0",
            "dashboard.overview.failed-days, -2",
            "dashboard.verification.low-credits-threshold, -1",
            "dashboard.approvals.expire-after, 0s",
            "dashboard.approvals.resume-after, 30s",
            "dashboard.step-up.fresh-for, -15m",
    })
    void aBadValueStopsTheStartNamingTheSetting(String name, String value) {
        runner.withPropertyValues(name + "=" + value).run(context -> {
            assertThat(context).hasFailed();
            assertThat(messages(context.getStartupFailure())).contains(name);
        });
    }

    private static String messages(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            text.append(cause.getMessage()).append('\n');
        }
        return text.toString();
    }
}
