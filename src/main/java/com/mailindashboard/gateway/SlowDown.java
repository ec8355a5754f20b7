package com.mailindashboard.gateway;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** How long to pause after a 429: Mailin's {@code Retry-After} (seconds or an HTTP date), else the default. */
final class SlowDown {

    static final Duration LONGEST = Duration.ofMinutes(5);

    private SlowDown() {
    }

    static Duration pause(String retryAfter, Duration fallback) {
        Duration asked = parse(retryAfter);
        Duration pause = asked == null || asked.isNegative() || asked.isZero() ? fallback : asked;
        return pause.compareTo(LONGEST) > 0 ? LONGEST : pause;
    }

    private static Duration parse(String retryAfter) {
        if (retryAfter == null || retryAfter.isBlank()) {
            return null;
        }
        String value = retryAfter.trim();
        try {
            return Duration.ofSeconds(Long.parseLong(value));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                return Duration.between(ZonedDateTime.now(at.getZone()), at);
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
