package com.mailindashboard.fleet;

import com.mailindashboard.gateway.MailinException;
import com.mailindashboard.gateway.MailinNotConfiguredException;
import com.mailindashboard.gateway.MailinUnauthorizedException;
import com.mailindashboard.gateway.PageRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Keeps the fleet summary fresh in the background, never on page load: totals from each list's
 * {@code total} read with a page of one row, splits by walking the list, every upstream call
 * paid for from the {@link BackgroundBudget}. One round at a time; "refresh now" starts one at
 * once (when none is running), the schedule starts one when a figure is older than its interval.
 */
@Service
class FleetRefresher {

    static final String BUDGET = "budget";
    private static final Logger log = LoggerFactory.getLogger(FleetRefresher.class);

    private final FleetLists lists;
    private final FleetStore store;
    private final BackgroundBudget budget;
    private final FleetProperties properties;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();

    FleetRefresher(FleetLists lists, FleetStore store, BackgroundBudget budget, FleetProperties properties,
                   Clock clock) {
        this.lists = lists;
        this.store = store;
        this.budget = budget;
        this.properties = properties;
        this.clock = clock;
    }

    /** Starts a full round (totals, then splits) in the background; false when one is already running. */
    public boolean refreshNow() {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        Thread.ofVirtual().name("fleet-refresh").start(() -> {
            try {
                round(true);
            } finally {
                running.set(false);
            }
        });
        return true;
    }

    /** Whether a round is under way. */
    public boolean refreshing() {
        return running.get();
    }

    @SchedulerLock(name = "fleet-refresh")
    void tick() {
        if (running.compareAndSet(false, true)) {
            try {
                round(false);
            } finally {
                running.set(false);
            }
        }
    }

    /** One round, on the caller's thread: what is due (everything when {@code force}). */
    void round(boolean force) {
        Map<FleetKind, FleetCount> known = store.all().stream()
                .collect(Collectors.toMap(FleetCount::kind, Function.identity()));
        try {
            for (FleetKind kind : FleetKind.values()) {
                if (force || due(known.get(kind).totalAt(), properties.totalsEvery())) {
                    countTotal(kind);
                }
            }
            for (FleetKind kind : FleetKind.values()) {
                if (force || due(known.get(kind).splitAt(), properties.splitsEvery())) {
                    countSplit(kind);
                }
            }
        } catch (RoundOver e) {
            log.info("fleet summary round ended early: {}", e.getMessage());
        }
    }

    private boolean due(Instant at, Duration every) {
        return at == null || !at.plus(every).isAfter(clock.instant());
    }

    private void countTotal(FleetKind kind) {
        FleetPage page = read(kind, PageRequest.first(1));
        if (page != null) {
            store.saveTotal(kind, page.total() != null ? page.total() : page.rows().size(), clock.instant());
        }
    }

    private void countSplit(FleetKind kind) {
        List<FleetRow> rows = new ArrayList<>();
        Long total = null;
        int pageCount = 1;
        for (int number = 1; number <= pageCount; number++) {
            FleetPage page = read(kind, PageRequest.of(number, properties.pageSize()));
            if (page == null) {
                return;
            }
            if (number == 1) {
                total = page.total();
            }
            pageCount = page.pageCount();
            rows.addAll(page.rows());
            if (page.rows().isEmpty() || rows.size() >= properties.maxItems()) {
                break;
            }
        }
        store.replaceSplit(kind, rows, total != null ? total : rows.size(), clock.instant());
    }

    /** One upstream call paid from the budget; null (the problem stored) when Mailin failed it. */
    private FleetPage read(FleetKind kind, PageRequest request) {
        if (!budget.take()) {
            store.saveProblem(kind, BUDGET, clock.instant());
            throw new RoundOver("no background budget left for " + kind);
        }
        try {
            return lists.page(kind, request);
        } catch (MailinException e) {
            store.saveProblem(kind, e.outcome(), clock.instant());
            if (e instanceof MailinNotConfiguredException || e instanceof MailinUnauthorizedException) {
                throw new RoundOver(e.outcome());
            }
            return null;
        }
    }

    /** Ends a round: every further call would fail the same way. */
    private static final class RoundOver extends RuntimeException {
        RoundOver(String why) {
            super(why, null, false, false);
        }
    }
}
