package com.mailindashboard.web;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Component;

/**
 * Mailin's timestamps as a person writes them: {@code 2023-10-27T11:00:00.000000Z} becomes
 * {@code 2023-10-27 11:00 UTC}. Pages use it as {@code ${@timeText.at(mailbox.createdAt)}}; a
 * text that is not a timestamp is shown as it came.
 */
@Component("timeText")
public class TimeText {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    /**
     * The UTC day ({@code yyyy-MM-dd}) of an ISO-8601 timestamp, as list rows show it: a timestamp with
     * another offset is moved to UTC first; a text that only starts with a day gives that day; anything
     * else comes back as it is. A timestamp already in UTC (Mailin's own form, {@code ...Z}) is not parsed:
     * its day is its first ten characters (a list page does this for every row and every date).
     */
    public static String day(String timestamp) {
        if (timestamp == null || timestamp.isBlank()) {
            return null;
        }
        String text = timestamp.strip();
        if (!startsWithDay(text)) {
            return text;
        }
        if (text.endsWith("Z") || text.endsWith("+00:00") || text.length() == 10) {
            return text.substring(0, 10);
        }
        try {
            return OffsetDateTime.parse(text).atZoneSameInstant(ZoneOffset.UTC).toLocalDate().toString();
        } catch (DateTimeParseException notIso) {
            return text.substring(0, 10);
        }
    }

    /** Whether a text begins like {@code 2023-10-27}. */
    private static boolean startsWithDay(String text) {
        if (text.length() < 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (text.charAt(i) < '0' || text.charAt(i) > '9')) {
                return false;
            }
        }
        return true;
    }

    public String at(String timestamp) {
        if (timestamp == null || timestamp.isBlank()) {
            return null;
        }
        String text = timestamp.strip();
        try {
            return MINUTES.format(OffsetDateTime.parse(text).atZoneSameInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException notIso) {
            try {
                // "2023-10-27 11:00:00", as some bodies give it: read as UTC
                return MINUTES.format(LocalDateTime.parse(text.replace(' ', 'T')).atOffset(ZoneOffset.UTC));
            } catch (DateTimeParseException notLocal) {
                return text;
            }
        }
    }
}
