package com.mailindashboard.jobs;

import java.util.Set;

/**
 * Asks Mailin how a job is doing. Implemented by the feature that starts jobs of a kind (the
 * domains feature for purchases and transfers, ...); the scheduler calls it for due jobs.
 * A tracker throws a {@code MailinException} when Mailin cannot be asked: the job then keeps its
 * status and is asked again later.
 */
public interface JobTracker {

    Set<JobKind> kinds();

    JobReport poll(Job job);
}
