package com.mailindashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeTextTest {

    @Test
    void aUtcTimestampGivesItsOwnDay() {
        assertThat(TimeText.day("2023-10-27T10:00:00.000000Z")).isEqualTo("2023-10-27");
        assertThat(TimeText.day(" 2023-10-27T23:59:59Z ")).isEqualTo("2023-10-27");
        assertThat(TimeText.day("2023-10-27T23:59:59+00:00")).isEqualTo("2023-10-27");
    }

    @Test
    void anotherOffsetIsMovedToUtcFirst() {
        assertThat(TimeText.day("2023-10-27T23:30:00-05:00")).isEqualTo("2023-10-28");
        assertThat(TimeText.day("2023-10-28T01:30:00+02:00")).isEqualTo("2023-10-27");
    }

    @Test
    void aTextThatOnlyStartsWithADayGivesThatDay() {
        assertThat(TimeText.day("2023-10-27")).isEqualTo("2023-10-27");
        assertThat(TimeText.day("2023-10-27 11:00:00")).isEqualTo("2023-10-27");
    }

    @Test
    void anythingElseComesBackAsItIs() {
        assertThat(TimeText.day(null)).isNull();
        assertThat(TimeText.day("  ")).isNull();
        assertThat(TimeText.day("yesterday")).isEqualTo("yesterday");
        assertThat(TimeText.day("2023/10/27 11:00")).isEqualTo("2023/10/27 11:00");
        assertThat(TimeText.day("2023-1x-27T10:00:00Z")).isEqualTo("2023-1x-27T10:00:00Z");
    }

    @Test
    void atWritesMinutesInUtc() {
        TimeText text = new TimeText();
        assertThat(text.at("2023-10-27T11:00:00.000000Z")).isEqualTo("2023-10-27 11:00 UTC");
        assertThat(text.at("2023-10-27 11:00:00")).isEqualTo("2023-10-27 11:00 UTC");
        assertThat(text.at("soon")).isEqualTo("soon");
    }
}
