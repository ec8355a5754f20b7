package com.mailindashboard.sandbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The jobs of one kind. A job answers "pending" to its first {@code pendingPolls} status polls and
 * completes on the next one. Not thread-safe: used under {@link SandboxState#locked}.
 */
final class SandboxJobs<D> {

    private final Map<String, SandboxJob<D>> jobs = new HashMap<>();
    private final int pendingPolls;

    SandboxJobs(int pendingPolls) {
        this.pendingPolls = pendingPolls;
    }

    /** Opens a job for the drafts and returns its uuid. */
    String open(List<D> drafts) {
        String uuid = UUID.randomUUID().toString();
        jobs.put(uuid, new SandboxJob<>(uuid, drafts, 0, null));
        return uuid;
    }

    /**
     * Counts one status poll. When the job is due, {@code complete} creates what the drafts describe
     * and returns the new ids.
     */
    Optional<SandboxJob<D>> poll(String uuid, Function<List<D>, List<Long>> complete) {
        SandboxJob<D> job = jobs.get(uuid);
        if (job == null || job.completed()) {
            return Optional.ofNullable(job);
        }
        int polls = job.polls() + 1;
        List<Long> created = polls > pendingPolls ? complete.apply(job.drafts()) : null;
        SandboxJob<D> next = new SandboxJob<>(uuid, job.drafts(), polls, created);
        jobs.put(uuid, next);
        return Optional.of(next);
    }

    void clear() {
        jobs.clear();
    }

    /** What the open jobs are still about to create (their names are reserved). */
    Stream<D> pendingDrafts() {
        return jobs.values().stream().filter(job -> !job.completed()).flatMap(job -> job.drafts().stream());
    }
}
