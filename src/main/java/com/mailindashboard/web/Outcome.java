package com.mailindashboard.web;

import com.mailindashboard.gateway.MailinException;
import java.util.concurrent.Callable;

/**
 * A value read from Mailin for one panel of a page, or the problem that prevented it, so that one
 * failing call degrades its panel instead of the whole page.
 */
public record Outcome<T>(T value, MailinProblem problem) {

    public static <T> Outcome<T> of(Callable<T> read) {
        try {
            return new Outcome<>(read.call(), null);
        } catch (MailinException e) {
            return new Outcome<>(null, MailinProblem.of(e));
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
