package com.mailindashboard.gateway;

/**
 * Marks the threads that serve a page (and the virtual threads a page starts for its concurrent
 * reads): their reads get one total deadline, retries included ({@code mailin.page-deadline}), so a
 * slow Mailin gives a page that says so instead of a blank tab. Threads without a scope (the job
 * poller, webhooks, background exports) keep the full timeouts and retries.
 */
public final class PageReads {

    private static final InheritableThreadLocal<Scope> CURRENT = new InheritableThreadLocal<>();

    private PageReads() {
    }

    /** Opens the scope for the current request; close it when the request ends. */
    public static Scope open() {
        Scope scope = new Scope();
        CURRENT.set(scope);
        return scope;
    }

    /**
     * Whether the current thread serves a page that is still running. A pooled thread created while
     * a page ran inherits its scope, but a closed scope no longer counts.
     */
    static boolean active() {
        Scope scope = CURRENT.get();
        return scope != null && scope.open;
    }

    public static final class Scope implements AutoCloseable {

        private volatile boolean open = true;

        private Scope() {
        }

        @Override
        public void close() {
            open = false;
            CURRENT.remove();
        }
    }
}
