package com.mailindashboard.jobs;

/** Where a job stands. Active jobs are polled; completed and failed ones are finished. */
public enum JobStatus {
    PENDING, RUNNING, COMPLETED, FAILED, OUTCOME_UNKNOWN, STUCK;

    public boolean active() {
        return this != COMPLETED && this != FAILED;
    }
}
