package com.mailindashboard.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the journeys' {@code waitForPath} accepts: a path at or under the prefix, "/" only the overview. */
class BrowserPathTest {

    @Test
    void theOverviewIsNotEveryPath() {
        assertThat(Browser.isAtOrUnder("/", "/")).isTrue();
        assertThat(Browser.isAtOrUnder("/?welcome", "/")).isTrue();
        assertThat(Browser.isAtOrUnder("/login", "/")).isFalse();
        assertThat(Browser.isAtOrUnder("/login/code", "/")).isFalse();
    }

    @Test
    void aPageMatchesItselfItsQueriesAndWhatLiesUnderIt() {
        assertThat(Browser.isAtOrUnder("/login", "/login")).isTrue();
        assertThat(Browser.isAtOrUnder("/login?error", "/login")).isTrue();
        assertThat(Browser.isAtOrUnder("/login/code", "/login")).isTrue();
        assertThat(Browser.isAtOrUnder("/loginx", "/login")).isFalse();
        assertThat(Browser.isAtOrUnder("/domains", "/login")).isFalse();
    }

    @Test
    void aPrefixEndingInASlashMatchesWhatFollowsIt() {
        assertThat(Browser.isAtOrUnder("/jobs/42", "/jobs/")).isTrue();
        assertThat(Browser.isAtOrUnder("/jobs", "/jobs/")).isFalse();
        assertThat(Browser.isAtOrUnder("/login?error", "/login?error")).isTrue();
        assertThat(Browser.isAtOrUnder("/login", "/login?error")).isFalse();
    }
}
