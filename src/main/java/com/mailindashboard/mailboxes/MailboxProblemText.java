package com.mailindashboard.mailboxes;

import com.mailindashboard.gateway.MailinException;
import com.mailindashboard.web.MailinProblem;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** A Mailin failure in one line for a flash message or a report: the problem's title and Mailin's own words. */
public final class MailboxProblemText {

    private MailboxProblemText() {
    }

    public static String of(MailinException e, MessageSource messages, Locale locale) {
        MailinProblem problem = MailinProblem.of(e, messages, locale);
        String upstream = problem.upstreamMessage();
        return upstream == null || upstream.isBlank() ? problem.title() + ". " + problem.detail()
                : problem.title() + ": " + upstream;
    }
}
