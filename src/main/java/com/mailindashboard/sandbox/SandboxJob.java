package com.mailindashboard.sandbox;

import static com.mailindashboard.sandbox.SandboxBodies.ordered;

import java.util.List;
import java.util.Map;

/**
 * An asynchronous batch (a purchase or a mailbox creation): pending until polled enough,
 * then completed with the ids of what it created.
 */
record SandboxJob<D>(String uuid, List<D> drafts, int polls, List<Long> createdIds) {

    SandboxJob {
        drafts = List.copyOf(drafts);
        createdIds = createdIds == null ? null : List.copyOf(createdIds);
    }

    boolean completed() {
        return createdIds != null;
    }

    /** The status body D10/M4 answer: {@code {id, status, report, data}}; {@code batch} names the job kind. */
    Map<String, Object> body(String batch, List<?> data) {
        String report = completed() ? batch + " completed" : "Job Created - " + batch + " pending";
        return ordered("id", uuid, "status", completed() ? "completed" : "pending", "report", report, "data", data);
    }
}
