package com.mailindashboard.overview;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;

/** This month and last month (UTC), the periods spend is shown for. */
public record SpendMonths(YearMonth current, YearMonth previous) {

    static SpendMonths at(Clock clock) {
        YearMonth now = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        return new SpendMonths(now, now.minusMonths(1));
    }

    static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    static LocalDate first(YearMonth month) {
        return month.atDay(1);
    }

    static LocalDate last(YearMonth month) {
        return month.atEndOfMonth();
    }

    /** From the start of last month to the start of next month. */
    Instant from() {
        return start(previous);
    }

    Instant before() {
        return start(current.plusMonths(1));
    }
}
