package com.mailindashboard.fleet;

/** The background's share of the upstream budget: one permit per upstream call. */
public interface BackgroundBudget {

    /** Waits for a permit (bounded); false when none came in time and the caller must stop. */
    boolean take();
}
