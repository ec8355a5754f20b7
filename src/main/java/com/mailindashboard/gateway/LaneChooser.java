package com.mailindashboard.gateway;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Decides which waiting lane gets the next permit: the highest lane that waits, except that a
 * lower lane passed over for its turn (its share of the budget) gets one permit first. Two such
 * turns never follow each other, so a page waits for at most one permit given to a lower lane.
 * Not thread-safe: {@link UpstreamBudget} calls it under its lock.
 */
final class LaneChooser {

    private final Map<UpstreamLane, Integer> turnAfter = new EnumMap<>(UpstreamLane.class);
    private final Map<UpstreamLane, Integer> passedOver = new EnumMap<>(UpstreamLane.class);
    private boolean lastWasShare;

    /**
     * @param startedWorkShare the least share of permits kept for work a person started while pages wait
     * @param backgroundShare  the least share kept for background work while others wait
     */
    LaneChooser(double startedWorkShare, double backgroundShare) {
        turnAfter.put(UpstreamLane.PAGE, 0);
        turnAfter.put(UpstreamLane.STARTED_WORK, everyNth(startedWorkShare));
        turnAfter.put(UpstreamLane.BACKGROUND, everyNth(backgroundShare));
        for (UpstreamLane lane : UpstreamLane.values()) {
            passedOver.put(lane, 0);
        }
    }

    /** How many permits go to others before a waiting lane with this share gets one. */
    private static int everyNth(double share) {
        if (share <= 0) {
            return Integer.MAX_VALUE;
        }
        return Math.max(0, (int) Math.round(1 / Math.min(share, 1.0)) - 1);
    }

    /** The lane to serve next among those waiting; null when none waits. */
    UpstreamLane next(Set<UpstreamLane> waiting) {
        UpstreamLane top = top(waiting);
        if (top == null || lastWasShare) {
            return top;
        }
        UpstreamLane owed = null;
        for (UpstreamLane lane : UpstreamLane.values()) {
            boolean due = lane.compareTo(top) > 0 && waiting.contains(lane) && passedOver.get(lane) >= turnAfter.get(lane);
            // of two lanes due, the one passed over longest (so neither starves the other)
            if (due && (owed == null || passedOver.get(lane) > passedOver.get(owed))) {
                owed = lane;
            }
        }
        return owed == null ? top : owed;
    }

    /** Records that {@code served} got a permit while the lanes in {@code waiting} (including it) waited. */
    void served(UpstreamLane served, Set<UpstreamLane> waiting) {
        lastWasShare = served != top(waiting);
        for (UpstreamLane lane : UpstreamLane.values()) {
            boolean stillWaiting = waiting.contains(lane) && lane != served;
            passedOver.put(lane, stillWaiting ? passedOver.get(lane) + 1 : 0);
        }
    }

    private static UpstreamLane top(Set<UpstreamLane> waiting) {
        for (UpstreamLane lane : UpstreamLane.values()) {
            if (waiting.contains(lane)) {
                return lane;
            }
        }
        return null;
    }
}
