package com.mailindashboard.web;

import com.mailindashboard.gateway.MailinException;
import com.mailindashboard.gateway.MailinNotConfiguredException;
import com.mailindashboard.gateway.MailinUnauthorizedException;
import com.mailindashboard.jobs.JobText;
import java.io.Serializable;
import org.springframework.context.MessageSourceResolvable;

/**
 * A Mailin failure as a person reads it: a title, what it means and Mailin's own message when it
 * gave one. Title and detail are message keys that pages resolve ({@code ${@text.of(problem.title)}}).
 * {@code fixInSettings} says whether the settings page is the way out.
 */
public record MailinProblem(String outcome, MessageSourceResolvable title, MessageSourceResolvable detail,
                            String upstreamMessage, boolean fixInSettings) implements Serializable {

    /**
     * A job's timeline entry when asking Mailin about it failed: the problem's title when Mailin
     * was the cause, else the failure's own message. Every tracker without words of its own uses it (MailinPollFailureWords).
     */
    public static String pollFailed(RuntimeException e) {
        return e instanceof MailinException mailin
                ? JobText.join(JobText.of("jobs.report.poll-failed"), JobText.of("mailin.problem." + mailin.outcome() + ".title"))
                : JobText.of("jobs.report.poll-failed.other", e.getMessage());
    }

    public static MailinProblem of(MailinException e) {
        String key = "mailin.problem." + e.outcome();
        return new MailinProblem(e.outcome(), Text.of(key + ".title"), Text.of(key + ".detail"),
                e.upstreamMessage(),
                e instanceof MailinUnauthorizedException || e instanceof MailinNotConfiguredException);
    }

    /** The problem in one line: its title, then Mailin's own words or else what it means. */
    public MessageSourceResolvable summary() {
        return hasUpstreamMessage() ? Text.of("mailin.problem.summary.upstream", title, upstreamMessage)
                : Text.of("mailin.problem.summary.detail", title, detail);
    }

    /** The problem in one line: its title, then Mailin's own words when it gave some. */
    public MessageSourceResolvable titleWithUpstream() {
        return hasUpstreamMessage() ? Text.of("mailin.problem.summary.upstream", title, upstreamMessage) : title;
    }

    private boolean hasUpstreamMessage() {
        return upstreamMessage != null && !upstreamMessage.isBlank();
    }
}
