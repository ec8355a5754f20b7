package com.mailindashboard.web;

import com.mailindashboard.gateway.MailinException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.context.MessageSource;

/**
 * A value read from Mailin for one panel of a page, or the problem that prevented it, so that one
 * failing call degrades its panel instead of the whole page.
 */
public record Outcome<T>(T value, MailinProblem problem) {

    public static <T> Outcome<T> of(Callable<T> read, MessageSource messages, Locale locale) {
        try {
            return new Outcome<>(read.call(), null);
        } catch (MailinException e) {
            return new Outcome<>(null, MailinProblem.of(e, messages, locale));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean ok() {
        return problem == null;
    }
}
