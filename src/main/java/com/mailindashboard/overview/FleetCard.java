package com.mailindashboard.overview;

import java.time.Instant;
import java.util.List;

/**
 * A card of the fleet panel added by another feature (Azure orders by status, for one): a title
 * ({@code labelKey}), a total opening {@code totalLink}, segments by status each opening its own
 * filtered list, and when the figures were read ({@code at}, null for figures read just now from
 * the database).
 */
public record FleetCard(String key, String labelKey, long total, String totalLink, List<Segment> segments, Instant at) {

    public FleetCard {
        segments = List.copyOf(segments);
    }

    /** The segment's share of the total in percent, for the bar. */
    public double percent(Segment segment) {
        long all = segments.stream().mapToLong(Segment::count).sum();
        return all == 0 ? 0 : Math.round(segment.count() * 1000.0 / all) / 10.0;
    }

    /**
     * One status of the card: its words ({@code labelKey}), how many, the list filtered to it and
     * the bar colour ({@code css}: a class such as {@code fleet-active}, {@code fleet-pending},
     * {@code fleet-inactive}, {@code fleet-other}).
     */
    public record Segment(String labelKey, long count, String link, String css) {
    }
}
