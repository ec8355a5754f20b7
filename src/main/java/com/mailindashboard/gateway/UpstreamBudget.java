package com.mailindashboard.gateway;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one budget of calls to Mailin ({@code mailin.rate-limit.per-second}, with a burst of one
 * second's worth), shared by everything in this process and served by {@link UpstreamLane}: a page
 * a person waits for first, work a person started next, background work last, each lower lane
 * keeping its share (see {@link LaneChooser}). Lower lanes leave one permit of the burst unused,
 * so a page usually finds one waiting. When Mailin answers 429 the whole budget pauses. With other
 * dashboards on the same PostgreSQL, each permit granted here also takes one of the shared bucket
 * ({@link SharedPermits}), so that all of them together keep to the one budget.
 */
class UpstreamBudget {

    private static final Logger log = LoggerFactory.getLogger(UpstreamBudget.class);

    private final long intervalNanos;
    private final long burstNanos;
    /** The part of the burst kept for pages: one permit (none when the budget is one call a second). */
    private final long reserveNanos;
    private final LaneChooser chooser;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<UpstreamLane, ArrayDeque<Object>> waiting = new EnumMap<>(UpstreamLane.class);
    private final MeterRegistry meters;
    private final Counter pauses;
    private final SharedPermits shared;
    /** The generic cell rate algorithm's theoretical arrival time of the next permit. */
    private long tat = System.nanoTime();
    private long pausedUntil = tat;

    public UpstreamBudget(int perSecond, double startedWorkShare, double backgroundShare, MeterRegistry meters) {
        this(perSecond, startedWorkShare, backgroundShare, meters, SharedPermits.NONE);
    }

    public UpstreamBudget(int perSecond, double startedWorkShare, double backgroundShare, MeterRegistry meters,
                          SharedPermits shared) {
        this.shared = shared;
        this.intervalNanos = TimeUnit.SECONDS.toNanos(1) / Math.max(1, perSecond);
        this.burstNanos = (Math.max(1, perSecond) - 1) * intervalNanos;
        this.reserveNanos = perSecond > 1 ? intervalNanos : 0;
        this.chooser = new LaneChooser(startedWorkShare, backgroundShare);
        this.meters = meters;
        this.pauses = Counter.builder("mailin.budget.pauses")
                .description("Times Mailin asked us to slow down (429) and the whole budget paused")
                .register(meters);
        for (UpstreamLane lane : UpstreamLane.values()) {
            waiting.put(lane, new ArrayDeque<>());
        }
    }

    /**
     * Waits for a permit in {@code lane}, at most {@code maxWait}.
     *
     * @return whether a permit was granted (false: the wait ran out, nothing may be sent)
     */
    public boolean acquire(UpstreamLane lane, Duration maxWait) {
        long start = System.nanoTime();
        long deadline = start + maxWait.toNanos();
        boolean granted = false;
        try {
            // the lanes choose who goes next here; the chosen call then also waits its turn among all instances
            granted = acquireHere(lane, deadline)
                    && shared.take(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            return granted;
        } finally {
            Timer.builder("mailin.budget.wait")
                    .description("Time spent waiting for a permit of the Mailin budget, by lane")
                    .tag("lane", lane.tag())
                    .tag("outcome", granted ? "granted" : "refused")
                    .register(meters)
                    .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    /** A permit of this process's own budget, served lane by lane. */
    private boolean acquireHere(UpstreamLane lane, long deadline) {
        Object ticket = new Object();
        lock.lock();
        try {
            waiting.get(lane).addLast(ticket);
            changed.signalAll();
            while (true) {
                long now = System.nanoTime();
                long readyAt = readyAt(lane);
                if (now - readyAt >= 0 && isNext(ticket, lane, now)) {
                    Set<UpstreamLane> lanes = waitingLanes();
                    waiting.get(lane).removeFirst();
                    chooser.served(lane, lanes);
                    tat = Math.max(tat, now) + intervalNanos;
                    return true;
                }
                if (now - deadline >= 0) {
                    waiting.get(lane).remove(ticket);
                    return false;
                }
                long wakeAt = now - readyAt >= 0 ? deadline : Math.min(readyAt, deadline);
                changed.awaitNanos(Math.max(1, wakeAt - now));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            waiting.get(lane).remove(ticket);
            return false;
        } finally {
            changed.signalAll();
            lock.unlock();
        }
    }

    /** Mailin asked us to slow down: no permit is given to anyone for {@code pause}. */
    public void pause(Duration pause) {
        lock.lock();
        try {
            long until = System.nanoTime() + pause.toNanos();
            if (until - pausedUntil > 0) {
                pausedUntil = until;
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        pauses.increment();
        log.warn("Mailin asked us to slow down: every call waits {} ms", pause.toMillis());
    }

    /** How many calls wait in {@code lane} now. */
    int waiting(UpstreamLane lane) {
        lock.lock();
        try {
            return waiting.get(lane).size();
        } finally {
            lock.unlock();
        }
    }

    /**
     * When a permit is there for {@code lane}: pages may use the whole burst, other lanes leave
     * {@link #reserveNanos} of it, so that a page that comes finds a permit at once.
     */
    private long readyAt(UpstreamLane lane) {
        long bucket = tat - burstNanos + (lane == UpstreamLane.PAGE ? 0 : reserveNanos);
        return bucket - pausedUntil > 0 ? bucket : pausedUntil;
    }

    /** Whether {@code ticket} is the one to serve now among the lanes whose permit is there. */
    private boolean isNext(Object ticket, UpstreamLane lane, long now) {
        if (waiting.get(lane).peekFirst() != ticket) {
            return false;
        }
        Set<UpstreamLane> ready = EnumSet.noneOf(UpstreamLane.class);
        for (UpstreamLane candidate : waitingLanes()) {
            if (now - readyAt(candidate) >= 0) {
                ready.add(candidate);
            }
        }
        return chooser.next(ready) == lane;
    }

    private Set<UpstreamLane> waitingLanes() {
        Set<UpstreamLane> lanes = EnumSet.noneOf(UpstreamLane.class);
        waiting.forEach((lane, queue) -> {
            if (!queue.isEmpty()) {
                lanes.add(lane);
            }
        });
        return lanes;
    }
}
