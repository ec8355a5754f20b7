package com.mailindashboard.overview;

import java.util.List;

/**
 * Something the dashboard follows while it runs (jobs today; orders and verification tasks add
 * their own source as one class). The overview shows every source's items under "running now".
 */
public interface RunningSource {

    /** The source's items running now, newest first, at most {@code limit}. */
    List<RunningItem> running(int limit);

    /** How many are running in all, and the list that shows them all. */
    long count();

    String listLink();
}
