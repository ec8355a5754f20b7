package com.mailindashboard.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class UpstreamBudgetTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void aBurstOfOneSecondIsGivenAtOnceAndThenTheWaitRunsOut() {
        UpstreamBudget budget = new UpstreamBudget(5, 0.3, 0.2, meters);
        for (int i = 0; i < 5; i++) {
            assertThat(budget.acquire(UpstreamLane.PAGE, Duration.ZERO)).as("permit %d of the burst", i).isTrue();
        }
        assertThat(budget.acquire(UpstreamLane.PAGE, Duration.ofMillis(50))).isFalse();
        assertThat(meters.get("mailin.budget.wait").tag("lane", "page").tag("outcome", "refused").timer().count())
                .isEqualTo(1);
    }

    @Test
    void pagesThatQueueBehindBackgroundWorkAreServedFirst() throws Exception {
        UpstreamBudget budget = new UpstreamBudget(5, 0.3, 0.2, meters);
        while (budget.acquire(UpstreamLane.BACKGROUND, Duration.ZERO)) {
            // spend the burst so that everyone below has to queue (one permit each 200 ms from now)
        }
        List<UpstreamLane> order = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 4; i++) {
                pool.submit(() -> take(budget, UpstreamLane.BACKGROUND, order));
            }
            await(() -> budget.waiting(UpstreamLane.BACKGROUND) + order.size() == 4);
            for (int i = 0; i < 3; i++) {
                pool.submit(() -> take(budget, UpstreamLane.PAGE, order));
            }
            await(() -> budget.waiting(UpstreamLane.PAGE) + count(order, UpstreamLane.PAGE) == 3);
            int servedBeforePages = count(order, UpstreamLane.BACKGROUND);
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            assertThat(order).hasSize(7);
            // once the pages queue, they go before every background call still waiting
            assertThat(order.lastIndexOf(UpstreamLane.PAGE)).isEqualTo(servedBeforePages + 2);
        }
        assertThat(meters.get("mailin.budget.wait").tag("lane", "page").tag("outcome", "granted").timer().count())
                .isEqualTo(3);
    }

    private static int count(List<UpstreamLane> order, UpstreamLane lane) {
        synchronized (order) {
            return (int) order.stream().filter(lane::equals).count();
        }
    }

    private static void take(UpstreamBudget budget, UpstreamLane lane, List<UpstreamLane> order) {
        if (budget.acquire(lane, Duration.ofSeconds(10))) {
            order.add(lane);
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() - deadline).as("condition within 5 s").isNegative();
            Thread.sleep(2);
        }
    }

    @Test
    void backgroundWorkLeavesOnePermitOfTheBurstForAPage() {
        UpstreamBudget budget = new UpstreamBudget(5, 0.3, 0.2, meters);
        int background = 0;
        while (budget.acquire(UpstreamLane.BACKGROUND, Duration.ZERO)) {
            background++;
        }
        assertThat(background).isEqualTo(4);
        assertThat(budget.acquire(UpstreamLane.PAGE, Duration.ZERO)).as("the permit kept for pages").isTrue();
        assertThat(budget.acquire(UpstreamLane.PAGE, Duration.ZERO)).isFalse();
    }

    @Test
    void aPauseStopsEveryLaneUntilItEnds() {
        UpstreamBudget budget = new UpstreamBudget(50, 0.3, 0.2, meters);
        budget.pause(Duration.ofMillis(400));
        assertThat(budget.acquire(UpstreamLane.PAGE, Duration.ofMillis(100))).isFalse();
        long start = System.nanoTime();
        assertThat(budget.acquire(UpstreamLane.PAGE, Duration.ofSeconds(5))).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        assertThat(meters.get("mailin.budget.pauses").counter().count()).isEqualTo(1);
    }
}
