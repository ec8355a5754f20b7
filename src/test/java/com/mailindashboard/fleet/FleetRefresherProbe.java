package com.mailindashboard.fleet;

import org.springframework.context.ApplicationContext;

/** Runs a full round of the fleet refresher on the test's thread, as "refresh now" would in the background. */
public final class FleetRefresherProbe {

    private FleetRefresherProbe() {
    }

    public static void round(ApplicationContext context) {
        context.getBean(FleetRefresher.class).round(true);
    }
}
