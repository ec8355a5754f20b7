package com.mailindashboard.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.util.backoff.BackOffExecution;

class BackoffTest {

    @Test
    void doublesFromTheFirstWaitUpToTheCap() {
        Backoff polls = Backoff.exponential(Duration.ofSeconds(5), Duration.ofMinutes(5));

        assertThat(List.of(0, 1, 2, 3, 4, 5, 6, 7, 1000).stream().map(polls::delay).toList()).containsExactly(
                Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20),
                Duration.ofSeconds(40), Duration.ofSeconds(80), Duration.ofSeconds(160), Duration.ofMinutes(5),
                Duration.ofMinutes(5));
    }

    @Test
    void aCapBelowTheFirstWaitMakesEveryWaitTheCapAndZeroStaysZero() {
        assertThat(Backoff.exponential(Duration.ofSeconds(10), Duration.ofSeconds(3)).delay(1))
                .isEqualTo(Duration.ofSeconds(3));
        assertThat(Backoff.exponential(Duration.ZERO, Duration.ofMinutes(10)).delay(50)).isZero();
    }

    @Test
    void jitterWaitsBetweenHalfAndAllOfEachStep() {
        Backoff reads = Backoff.exponential(Duration.ofMillis(300), Duration.ofSeconds(3)).withJitter();
        List<Duration> firsts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            firsts.add(reads.delay(1));
            assertThat(reads.delay(1)).isBetween(Duration.ofMillis(150), Duration.ofMillis(300));
            assertThat(reads.delay(3)).isBetween(Duration.ofMillis(600), Duration.ofMillis(1200));
            assertThat(reads.delay(9)).isBetween(Duration.ofMillis(1500), Duration.ofSeconds(3));
        }
        assertThat(firsts.stream().distinct().count()).as("spread, not one value").isGreaterThan(10);
    }

    @Test
    void asASpringBackOffItStopsAfterItsRetries() {
        BackOffExecution run = Backoff.exponential(Duration.ofMillis(100), Duration.ofSeconds(1)).limitedTo(3).start();

        assertThat(List.of(run.nextBackOff(), run.nextBackOff(), run.nextBackOff(), run.nextBackOff()))
                .containsExactly(100L, 200L, 400L, BackOffExecution.STOP);
    }

    @Test
    void drivesARetryTemplate() {
        RetryTemplate template = new RetryTemplate(RetryPolicy.builder()
                .backOff(Backoff.exponential(Duration.ofMillis(1), Duration.ofMillis(2)).limitedTo(2)).build());
        List<Integer> calls = new ArrayList<>();

        assertThatThrownBy(() -> template.execute(() -> {
            calls.add(calls.size());
            throw new IllegalStateException("down");
        })).isInstanceOf(RetryException.class).hasRootCauseMessage("down");
        assertThat(calls).hasSize(3);
    }

    @Test
    void refusesNegativeFigures() {
        assertThatThrownBy(() -> Backoff.exponential(Duration.ofSeconds(-1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Backoff.exponential(Duration.ofSeconds(1), Duration.ofSeconds(1)).limitedTo(-1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
