package com.mailindashboard.web;

import com.mailindashboard.gateway.MailinException;
import com.mailindashboard.gateway.MailinNotConfiguredException;
import com.mailindashboard.gateway.MailinUnauthorizedException;
import java.io.Serializable;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * A Mailin failure as a person reads it: a title, what it means and Mailin's own message when it
 * gave one. {@code fixInSettings} says whether the settings page is the way out.
 */
public record MailinProblem(String outcome, String title, String detail, String upstreamMessage,
                            boolean fixInSettings) implements Serializable {

    public static MailinProblem of(MailinException e, MessageSource messages, Locale locale) {
        String key = "mailin.problem." + e.outcome();
        return new MailinProblem(e.outcome(),
                messages.getMessage(key + ".title", null, locale),
                messages.getMessage(key + ".detail", null, locale),
                e.upstreamMessage(),
                e instanceof MailinUnauthorizedException || e instanceof MailinNotConfiguredException);
    }
}
