package com.mailindashboard.jobs;

import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.core.Ordered;

/**
 * A tracker for {@link JobKind#GOOGLE_MAILBOX_CREATION} jobs that answers each job from its own
 * script (answers may throw, like an unreachable Mailin), then with a fallback, and counts its
 * calls per job. Deliberately not a {@code @Component}: tests register it through {@code @Import}
 * or by hand, so that no component scan picks it up; first in order, so it wins over a real
 * tracker of the same kind.
 */
class ScriptedTracker implements JobTracker, Ordered {

    private final Map<Long, Queue<Supplier<JobReport>>> scripts = new ConcurrentHashMap<>();
    private final Map<Long, AtomicInteger> calls;
    private final Supplier<JobReport> fallback;

    ScriptedTracker() {
        this(new ConcurrentHashMap<>(), () -> JobReport.inProgress("Still working"));
    }

    ScriptedTracker(Map<Long, AtomicInteger> calls, Supplier<JobReport> fallback) {
        this.calls = calls;
        this.fallback = fallback;
    }

    @SafeVarargs
    final void script(long jobId, Supplier<JobReport>... answers) {
        scripts.computeIfAbsent(jobId, id -> new ConcurrentLinkedQueue<>()).addAll(java.util.List.of(answers));
    }

    int calls(long jobId) {
        AtomicInteger count = calls.get(jobId);
        return count == null ? 0 : count.get();
    }

    @Override
    public Set<JobKind> kinds() {
        return Set.of(JobKind.GOOGLE_MAILBOX_CREATION);
    }

    @Override
    public JobReport poll(Job job) {
        calls.computeIfAbsent(job.getId(), id -> new AtomicInteger()).incrementAndGet();
        Queue<Supplier<JobReport>> script = scripts.get(job.getId());
        Supplier<JobReport> answer = script == null ? null : script.poll();
        return (answer == null ? fallback : answer).get();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
