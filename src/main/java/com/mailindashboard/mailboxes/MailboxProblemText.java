package com.mailindashboard.mailboxes;

import com.mailindashboard.gateway.MailinException;
import com.mailindashboard.web.MailinProblem;
import java.util.Locale;
import com.mailindashboard.web.Text;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;

/** A Mailin failure in one line for a flash message or a report: the problem's title and Mailin's own words. */
public final class MailboxProblemText {

    private MailboxProblemText() {
    }

    public static String of(MailinException e, MessageSource messages, Locale locale) {
        return messages.getMessage(of(e), locale);
    }

    public static MessageSourceResolvable of(MailinException e) {
        MailinProblem problem = MailinProblem.of(e);
        String upstream = problem.upstreamMessage();
        return upstream == null || upstream.isBlank()
                ? Text.of("mailin.problem.summary.sentence", problem.title(), problem.detail())
                : problem.titleWithUpstream();
    }
}
