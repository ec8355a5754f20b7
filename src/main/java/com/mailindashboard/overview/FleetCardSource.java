package com.mailindashboard.overview;

import java.util.List;

/**
 * A feature's own figures in the fleet panel (orders by status, for one), read from its own
 * repository. Each is a bean of its own; the panel shows every source's cards after the domain
 * and mailbox lists.
 */
public interface FleetCardSource {

    List<FleetCard> cards();
}
