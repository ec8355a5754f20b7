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
