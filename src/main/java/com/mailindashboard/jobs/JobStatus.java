package com.mailindashboard.jobs;

/** Where a job stands. Active jobs are polled; completed and failed ones are finished. */
public enum JobStatus {
    PENDING("text-bg-secondary"),
    RUNNING("text-bg-primary"),
    COMPLETED("text-bg-success"),
    FAILED("text-bg-danger"),
    OUTCOME_UNKNOWN("text-bg-warning"),
    STUCK("text-bg-dark");

    private final String badge;

    JobStatus(String badge) {
        this.badge = badge;
    }

    /** The Bootstrap badge class every page shows this status with. */
    public String badge() {
        return badge;
    }

    public boolean active() {
        return this != COMPLETED && this != FAILED;
    }
}
