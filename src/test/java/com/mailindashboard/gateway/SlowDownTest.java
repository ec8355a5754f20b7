package com.mailindashboard.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class SlowDownTest {

    private static final Duration FALLBACK = Duration.ofSeconds(5);

    @Test
    void retryAfterInSecondsOrAsADateOrTheFallback() {
        assertThat(SlowDown.pause("7", FALLBACK)).isEqualTo(Duration.ofSeconds(7));
        assertThat(SlowDown.pause(null, FALLBACK)).isEqualTo(FALLBACK);
        assertThat(SlowDown.pause("soon", FALLBACK)).isEqualTo(FALLBACK);
        assertThat(SlowDown.pause("0", FALLBACK)).isEqualTo(FALLBACK);
        assertThat(SlowDown.pause("86400", FALLBACK)).isEqualTo(SlowDown.LONGEST);
        String inTwentySeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(20));
        assertThat(SlowDown.pause(inTwentySeconds, FALLBACK)).isBetween(Duration.ofSeconds(15), Duration.ofSeconds(20));
    }
}
