package com.mailindashboard.jobs;

/**
 * What a job's timeline says when asking about it failed (a stored {@link JobText}), for every tracker that
 * has no words of its own. The words for Mailin's failures belong to the page layer, which implements it.
 */
public interface PollFailureWords {

    String describe(RuntimeException e);
}
