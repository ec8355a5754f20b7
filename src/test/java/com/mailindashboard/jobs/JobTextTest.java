package com.mailindashboard.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** The dashboard's own job texts are stored as keys and shown in words; Mailin's words pass through. */
class JobTextTest {

    private final StaticMessageSource messages = new StaticMessageSource();

    JobTextTest() {
        messages.addMessage("jobs.report.domains.partial", Locale.ENGLISH, "Found {0} of {1}; missing: {2}.");
        messages.addMessage("jobs.report.job-unknown", Locale.ENGLISH, "Mailin no longer knows job {0}.");
        messages.addMessage("jobs.report.mailboxes.job-failed", Locale.ENGLISH, "Mailin's job failed:");
    }

    @Test
    void aKeyWithArgumentsIsShownInWords() {
        String stored = JobText.of("jobs.report.domains.partial", 1, 3, "a.com, b.co");
        assertThat(stored).doesNotContain("Found");
        assertThat(JobText.render(stored, messages, Locale.ENGLISH)).isEqualTo("Found 1 of 3; missing: a.com, b.co.");
    }

    @Test
    void partsAreShownOneAfterTheOtherAndMailinsOwnWordsAsTheyCame() {
        String stored = JobText.join(JobText.of("jobs.report.job-unknown", "u-1"), null,
                JobText.of("jobs.report.mailboxes.job-failed"), "Domain quota exceeded");
        assertThat(JobText.render(stored, messages, Locale.ENGLISH))
                .isEqualTo("Mailin no longer knows job u-1. Mailin's job failed: Domain quota exceeded");
        assertThat(JobText.render("Registering with the registry", messages, Locale.ENGLISH))
                .isEqualTo("Registering with the registry");
        assertThat(JobText.render(null, messages, Locale.ENGLISH)).isNull();
    }

    @Test
    void anUnknownKeyShowsTheKeyRatherThanFailing() {
        assertThat(JobText.render(JobText.of("jobs.report.gone"), messages, Locale.ENGLISH)).isEqualTo("jobs.report.gone");
    }
}
