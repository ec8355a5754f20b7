package com.mailindashboard.gateway;

import java.util.concurrent.CancellationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Hooks;

/**
 * What happens to an error a call reports after it was given up (a page's deadline passed, the caller went
 * away): the JDK client then fails the cancelled exchange, and Reactor's default logs that at ERROR with a
 * stack trace although nothing went wrong. A cancellation is expected and logged at debug; anything else is
 * a warning of one line. Installed once per JVM (Reactor's hook is global and cumulative).
 */
final class DroppedCallErrors {

    private static final Logger log = LoggerFactory.getLogger(DroppedCallErrors.class);

    static {
        Hooks.onErrorDropped(DroppedCallErrors::dropped);
    }

    private DroppedCallErrors() {
    }

    /** Makes sure the hook is installed (the class's first use installs it). */
    static void install() {
        // the static initializer did it
    }

    static void dropped(Throwable error) {
        if (cancellation(error)) {
            log.debug("A call to Mailin that was given up reported its cancellation: {}", error.toString());
        } else {
            log.warn("A call to Mailin that was given up failed afterwards: {}", error.toString());
        }
    }

    private static boolean cancellation(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof CancellationException) {
                return true;
            }
        }
        return false;
    }
}
