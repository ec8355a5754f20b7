package com.mailindashboard.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import com.mailindashboard.gateway.MailinProperties;
import com.mailindashboard.gateway.MailinSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The background's share of Mailin's rate limit, and the status groups the fleet is split by. */
class FleetBudgetTest {

    @Test
    void theBackgroundGetsItsShareOfTheRateLimitAndNeverMore() {
        FleetProperties fleet = new FleetProperties(null, null, 0, 0.4, Duration.ZERO, 0, null);
        MailinProperties mailin = MailinSettings.bind(
                "rate-limit.per-second", "5", "rate-limit.max-wait", "1s");

        BackgroundBudget budget = new FleetConfiguration().fleetBackgroundBudget(fleet, mailin);

        assertThat(budget.take()).isTrue();
        assertThat(budget.take()).isTrue();
        assertThat(budget.take()).as("two of five calls a second, no waiting allowed").isFalse();
    }

    @Test
    void theShareIsAtLeastOneCallASecondAndDefaultsToAFifth() {
        assertThat(new FleetProperties(null, null, 0, 0, null, 0, null).callsPerSecond(5)).isEqualTo(1);
        assertThat(new FleetProperties(null, null, 0, 0.2, null, 0, null).callsPerSecond(20)).isEqualTo(4);
        assertThat(new FleetProperties(null, null, 0, 0.1, null, 0, null).callsPerSecond(2)).isEqualTo(1);
    }

    @Test
    void statusesAreGroupedTheWayTheBadgesWordThem() {
        assertThat(StatusGroup.of("Active", true)).isEqualTo(StatusGroup.ACTIVE);
        assertThat(StatusGroup.of("1", false)).isEqualTo(StatusGroup.ACTIVE);
        assertThat(StatusGroup.of("0", true)).isEqualTo(StatusGroup.PENDING);
        assertThat(StatusGroup.of("0", false)).isEqualTo(StatusGroup.INACTIVE);
        assertThat(StatusGroup.of("Pending", false)).isEqualTo(StatusGroup.PENDING);
        assertThat(StatusGroup.of("Disabled", true)).isEqualTo(StatusGroup.INACTIVE);
        assertThat(StatusGroup.of(null, true)).isEqualTo(StatusGroup.OTHER);
        assertThat(StatusGroup.of("Suspended", true)).isEqualTo(StatusGroup.OTHER);
        assertThat(StatusGroup.fromParam(" PENDING ")).contains(StatusGroup.PENDING);
        assertThat(StatusGroup.fromParam("sideways")).isEmpty();
    }
}
