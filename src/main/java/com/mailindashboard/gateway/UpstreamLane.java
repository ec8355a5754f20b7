package com.mailindashboard.gateway;

import java.util.Locale;

/**
 * Who is waiting for a call to Mailin, in the order the upstream budget serves them. Lower lanes
 * keep a share of the budget so they never starve (see {@link UpstreamBudget}).
 */
public enum UpstreamLane {
    /** A page a person is looking at, waiting for the answer. */
    PAGE,
    /** Work a person started and follows: exports, dry-run lookups, bulk deletes, chunked creation. */
    STARTED_WORK,
    /** The scheduler: job polls, reconciliation, background summaries. */
    BACKGROUND;

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
