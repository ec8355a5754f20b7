package com.mailindashboard.overview;

import java.time.Instant;

/**
 * One thing running now: its title ({@code titleKey} with {@code titleArgs}), what it is about,
 * ({@code about}, and {@code more} other subjects), its state as a badge ({@code stateKey}, {@code badge}), who started it and when, its progress
 * ({@code done} of {@code total}; null when unknown) and the page that follows it.
 */
public record RunningItem(String titleKey, Object[] titleArgs, String about, int more, String stateKey, String badge,
                          String startedBy, Instant startedAt, Long done, Long total, String link) {

    public RunningItem {
        titleArgs = titleArgs == null ? new Object[0] : titleArgs.clone();
    }

    @Override
    public Object[] titleArgs() {
        return titleArgs.clone();
    }

    /** Progress in percent, or null when unknown. */
    public Integer percent() {
        return done == null || total == null || total <= 0 ? null : (int) Math.min(100, done * 100 / total);
    }
}
