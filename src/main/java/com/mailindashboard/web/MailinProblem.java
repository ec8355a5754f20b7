package com.mailindashboard.web;

import com.mailindashboard.gateway.MailinException;
import com.mailindashboard.gateway.MailinNotConfiguredException;
import com.mailindashboard.gateway.MailinUnauthorizedException;
import com.mailindashboard.jobs.JobText;
import java.io.Serializable;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * A Mailin failure as a person reads it: a title, what it means and Mailin's own message when it
 * gave one. {@code fixInSettings} says whether the settings page is the way out.
 */
public record MailinProblem(String outcome, String title, String detail, String upstreamMessage,
                            boolean fixInSettings) implements Serializable {

    /**
     * A job's timeline entry when asking Mailin about it failed: the problem's title when Mailin
     * was the cause, else the failure's own message. Trackers answer {@code pollFailed} with it.
     */
    public static String pollFailed(RuntimeException e) {
        return e instanceof MailinException mailin
                ? JobText.join(JobText.of("jobs.report.poll-failed"), JobText.of("mailin.problem." + mailin.outcome() + ".title"))
                : JobText.of("jobs.report.poll-failed.other", e.getMessage());
    }

    public static MailinProblem of(MailinException e, MessageSource messages, Locale locale) {
        String key = "mailin.problem." + e.outcome();
        return new MailinProblem(e.outcome(),
                messages.getMessage(key + ".title", null, locale),
                messages.getMessage(key + ".detail", null, locale),
                e.upstreamMessage(),
                e instanceof MailinUnauthorizedException || e instanceof MailinNotConfiguredException);
    }
}
