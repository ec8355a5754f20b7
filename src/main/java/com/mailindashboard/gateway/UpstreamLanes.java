package com.mailindashboard.gateway;

import java.util.function.Supplier;

/**
 * The lane of the current thread's calls to Mailin. A page's request runs in
 * {@link UpstreamLane#PAGE} (set by the web layer; threads the page starts for concurrent reads
 * inherit it, and its reads get the page deadline), work a person started is wrapped in
 * {@link #asStartedWork}, everything else is background. A lane counts only while its scope is
 * open: a pooled thread created during a page and still running after it falls back to background.
 */
public final class UpstreamLanes {

    private static final InheritableThreadLocal<Scope> CURRENT = new InheritableThreadLocal<>();

    private UpstreamLanes() {
    }

    public static UpstreamLane current() {
        Scope scope = CURRENT.get();
        return scope != null && scope.open ? scope.lane : UpstreamLane.BACKGROUND;
    }

    /** Puts this thread's Mailin calls in {@code lane} until the returned scope is closed. */
    public static Scope enter(UpstreamLane lane) {
        Scope scope = new Scope(lane, CURRENT.get());
        CURRENT.set(scope);
        return scope;
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

    /** A lane entered by {@link #enter}; closing it ends it for every thread that inherited it. */
    public static final class Scope implements AutoCloseable {

        private final UpstreamLane lane;
        private final Scope previous;
        private volatile boolean open = true;

        private Scope(UpstreamLane lane, Scope previous) {
            this.lane = lane;
            this.previous = previous;
        }

        @Override
        public void close() {
            open = false;
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }
}
