package com.mailindashboard.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How old a figure is, as people say it ("just now", "4 min ago", "3 h ago", "2 days ago"), for
 * templates: {@code ${@ages.of(at)}}. A figure never read is "never".
 */
@Component("ages")
public class Ages {

    private final Clock clock;
    private final MessageSource messages;

    Ages(Clock clock, MessageSource messages) {
        this.clock = clock;
        this.messages = messages;
    }

    public String of(Instant at) {
        if (at == null) {
            return message("ages.never", 0);
        }
        Duration age = Duration.between(at, clock.instant());
        if (age.toMinutes() < 1) {
            return message("ages.just-now", 0);
        }
        if (age.toHours() < 1) {
            return message("ages.minutes", age.toMinutes());
        }
        if (age.toDays() < 1) {
            return message("ages.hours", age.toHours());
        }
        return message("ages.days", age.toDays());
    }

    private String message(String key, long amount) {
        return messages.getMessage(key, new Object[] {amount}, LocaleContextHolder.getLocale());
    }
}
