package com.mailindashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Mailin's many words for one state become one badge; the resource decides what "not active" reads as. */
class StatusBadgeTest {

    @Test
    void everySpellingOfActiveIsActive() {
        for (String active : new String[] {"1", " Active ", "true", "ACTIVE"}) {
            assertThat(StatusBadge.ofDomain(active).labelKey()).isEqualTo("status.active");
            assertThat(StatusBadge.ofMailbox(active).labelKey()).isEqualTo("status.active");
        }
    }

    @Test
    void notActiveReadsAsPendingForDomainsAndInactiveForMailboxes() {
        assertThat(StatusBadge.ofDomain("0").labelKey()).isEqualTo("status.pending");
        assertThat(StatusBadge.ofDomain("Pending").labelKey()).isEqualTo("status.pending");
        assertThat(StatusBadge.ofMailbox("0").labelKey()).isEqualTo("status.inactive");
        assertThat(StatusBadge.ofMailbox("disabled").labelKey()).isEqualTo("status.inactive");
    }

    @Test
    void nothingIsUnknownAndOtherWordsAreShownAsSent() {
        assertThat(StatusBadge.ofDomain(null).labelKey()).isEqualTo("status.unknown");
        assertThat(StatusBadge.ofMailbox(" ").labelKey()).isEqualTo("status.unknown");
        StatusBadge other = StatusBadge.ofDomain("Suspended");
        assertThat(other.labelKey()).isNull();
        assertThat(other.text()).isEqualTo("Suspended");
    }
}
