package com.mailindashboard.gateway;

import java.util.function.Supplier;

/**
 * The lane of the current thread's calls to Mailin. Requests run in {@link UpstreamLane#PAGE}
 * (set by the web layer for each request, and inherited by threads a request starts), work a
 * person started is wrapped in {@link #asStartedWork}, everything else is background.
 */
public final class UpstreamLanes {

    private static final InheritableThreadLocal<UpstreamLane> CURRENT = new InheritableThreadLocal<>();

    private UpstreamLanes() {
    }

    public static UpstreamLane current() {
        UpstreamLane lane = CURRENT.get();
        return lane == null ? UpstreamLane.BACKGROUND : lane;
    }

    /** Puts this thread's Mailin calls in {@code lane} until the returned scope is closed. */
    public static Scope enter(UpstreamLane lane) {
        UpstreamLane previous = CURRENT.get();
        CURRENT.set(lane);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /** Runs {@code work} with its Mailin calls in {@code lane}, then restores the previous lane. */
    public static <T> T in(UpstreamLane lane, Supplier<T> work) {
        try (Scope ignored = enter(lane)) {
            return work.get();
        }
    }

    public static void in(UpstreamLane lane, Runnable work) {
        in(lane, () -> {
            work.run();
            return null;
        });
    }

    /** Work a person started and follows (an export, a dry run, a bulk delete). */
    public static <T> T asStartedWork(Supplier<T> work) {
        return in(UpstreamLane.STARTED_WORK, work);
    }

    /** A lane entered by {@link #enter}; closing it restores the previous lane. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
