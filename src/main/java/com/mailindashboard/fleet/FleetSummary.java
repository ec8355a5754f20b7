package com.mailindashboard.fleet;

import java.util.List;
import org.springframework.stereotype.Service;

/** What pages read about the fleet: the stored counts and the rows of the last count; no upstream call. */
@Service
public class FleetSummary {

    private final FleetStore store;
    private final FleetRefresher refresher;

    FleetSummary(FleetStore store, FleetRefresher refresher) {
        this.store = store;
        this.refresher = refresher;
    }

    /** One count per {@link FleetKind}, in their order, empty ones for lists never read. */
    public List<FleetCount> counts() {
        return store.all();
    }

    public FleetCount count(FleetKind kind) {
        return counts().get(kind.ordinal());
    }

    public boolean refreshing() {
        return refresher.refreshing();
    }

    public boolean refreshNow() {
        return refresher.refreshNow();
    }

    /** One page (1-based) of the rows of a list's last count in a status group, by name. */
    public List<FleetRow> items(FleetKind kind, StatusGroup group, int page, int size) {
        return store.items(kind, group, (Math.max(1, page) - 1) * size, size);
    }

    public long itemCount(FleetKind kind, StatusGroup group) {
        return store.itemCount(kind, group);
    }
}
