package com.mailindashboard.sandbox;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Mailin's timestamps: ISO-8601 with microseconds and {@code Z}. */
final class SandboxTime {

    private static final DateTimeFormatter WIRE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private SandboxTime() {
    }

    static String wire(Instant instant) {
        return instant == null ? null : WIRE.format(instant);
    }
}
