package com.mailindashboard.overview;

import com.mailindashboard.fleet.BackgroundBudget;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Parts the overview tests control: a spend source and an attention rule that fail while
 * {@link #broken} is set (a panel or a check that fails for real), and a background budget that
 * counts the permits it gives and refuses once {@link #permits} are spent.
 */
@TestConfiguration(proxyBeanMethods = false)
class OverviewTestParts {

    static volatile boolean broken;
    static final AtomicInteger permits = new AtomicInteger(Integer.MAX_VALUE);
    static final AtomicInteger taken = new AtomicInteger();

    static void reset() {
        broken = false;
        permits.set(Integer.MAX_VALUE);
        taken.set(0);
    }

    @Bean
    SpendSource breakableSpend() {
        return months -> {
            if (broken) {
                throw new IllegalStateException("spend source broken on purpose");
            }
            return List.of();
        };
    }

    @Bean
    AttentionRule breakableRule() {
        return () -> {
            if (broken) {
                throw new IllegalStateException("attention rule broken on purpose");
            }
            return List.of();
        };
    }

    /** A card as the orders feature would add one: 7 orders, 5 ready and 2 in progress. */
    @Bean
    FleetCardSource ordersLikeCard() {
        return () -> List.of(new FleetCard("orders", "overview.panel.running", 7, "/jobs", List.of(
                new FleetCard.Segment("fleet.group.active", 5, "/jobs?status=COMPLETED", "fleet-active"),
                new FleetCard.Segment("fleet.group.pending", 2, "/jobs?status=ACTIVE", "fleet-pending")), null));
    }

    @Bean
    @Primary
    BackgroundBudget countingBudget() {
        return () -> {
            if (permits.getAndDecrement() <= 0) {
                return false;
            }
            taken.incrementAndGet();
            return true;
        };
    }
}
