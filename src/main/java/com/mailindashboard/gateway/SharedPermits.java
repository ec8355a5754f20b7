package com.mailindashboard.gateway;

import java.time.Duration;

/**
 * The part of the Mailin budget shared with other dashboards on the same database: every permit
 * {@link UpstreamBudget} grants locally must also be taken here. One instance alone needs none.
 */
@FunctionalInterface
public interface SharedPermits {

    /** This process is the only one calling Mailin: the local budget is the whole budget. */
    SharedPermits NONE = maxWait -> true;

    /**
     * Waits for one permit of the shared budget, at most {@code maxWait}.
     *
     * @return whether it was granted (false: the wait ran out, nothing may be sent)
     */
    boolean take(Duration maxWait);
}
