package com.mailindashboard.fleet;

import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationContext;

/** Seeds the fleet summary as a finished count would leave it, for tests of the pages that read it. */
public final class FleetFixtures {

    private final FleetStore store;

    private FleetFixtures(FleetStore store) {
        this.store = store;
    }

    public static FleetFixtures of(ApplicationContext context) {
        return new FleetFixtures(context.getBean(FleetStore.class));
    }

    /** A count of one list (by {@link FleetKind} name) that found these rows, just now. */
    public void replace(String kind, List<FleetRow> rows) {
        store.replaceSplit(FleetKind.valueOf(kind), rows, rows.size(), Instant.now());
    }

    /** A total of one list read just now. */
    public void total(String kind, long total) {
        store.saveTotal(FleetKind.valueOf(kind), total, Instant.now());
    }
}
