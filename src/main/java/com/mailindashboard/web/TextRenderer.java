package com.mailindashboard.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Pages resolve what services return as keys and arguments through this bean:
 * {@code th:text="${@text.of(problem.title)}"} (escaped like any other {@code th:text}).
 */
@Component("text")
public class TextRenderer {

    private final MessageSource messages;

    TextRenderer(MessageSource messages) {
        this.messages = messages;
    }

    /** The text in the reader's language; {@code null} stays {@code null}. */
    public String of(MessageSourceResolvable text) {
        return text == null ? null : messages.getMessage(text, LocaleContextHolder.getLocale());
    }

    /** The text in {@code locale}, for controllers writing outside templates (flash messages, CSV). */
    public String of(MessageSourceResolvable text, Locale locale) {
        return text == null ? null : messages.getMessage(text, locale);
    }
}
