package com.mailindashboard.fleet;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * What the dashboard knows about one fleet list: its total (null until first read) and when it was
 * read, its split by status group (empty until first counted) and when it was counted, and the
 * problem of the last failed read ({@code problem}: a Mailin outcome such as {@code unavailable},
 * or {@code budget}) with its time; a later success clears it.
 */
public record FleetCount(FleetKind kind, Long total, Instant totalAt, Map<StatusGroup, Integer> split,
                         Instant splitAt, String problem, Instant problemAt) {

    public FleetCount {
        split = split == null || split.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(split));
    }

    static FleetCount empty(FleetKind kind) {
        return new FleetCount(kind, null, null, Map.of(), null, null, null);
    }

    public boolean counted() {
        return splitAt != null;
    }

    public int count(StatusGroup group) {
        return split.getOrDefault(group, 0);
    }

    /** How many rows the split counted (the total at the time of the count). */
    public int splitTotal() {
        return split.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The group's share of the counted rows in percent, for the bar; 0 when nothing was counted. */
    public double percent(StatusGroup group) {
        int all = splitTotal();
        return all == 0 ? 0 : Math.round(count(group) * 1000.0 / all) / 10.0;
    }

    /** The list filtered to a group. */
    public String url(StatusGroup group) {
        return kind.listUrl(group);
    }
}
