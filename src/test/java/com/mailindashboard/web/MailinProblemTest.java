package com.mailindashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mailindashboard.gateway.MailinNotFoundException;
import com.mailindashboard.gateway.MailinOperation;
import com.mailindashboard.gateway.MailinUnavailableException;
import com.mailindashboard.jobs.JobText;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The wording the trackers give a job's timeline when asking about it failed. */
class MailinProblemTest {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    MailinProblemTest() {
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
    }

    @Test
    void aMailinFailureIsNamedByItsProblemTitle() {
        String stored = MailinProblem.pollFailed(
                new MailinUnavailableException(MailinOperation.D10, 503, null, false, "down", null));
        assertThat(JobText.render(stored, messages, Locale.ENGLISH)).isEqualTo("Could not ask Mailin: Mailin is unavailable");
        assertThat(JobText.render(MailinProblem.pollFailed(new MailinNotFoundException(MailinOperation.D10, 404, "gone")),
                messages, Locale.ENGLISH)).isEqualTo("Could not ask Mailin: Not found or not yours");
    }

    @Test
    void anyOtherFailureByItsOwnMessage() {
        assertThat(JobText.render(MailinProblem.pollFailed(new IllegalStateException("disk full")), messages, Locale.ENGLISH))
                .isEqualTo("Could not ask Mailin: disk full");
    }
}
