package com.mailindashboard.jobs;

import java.util.Optional;
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

    /**
     * The dashboard page of one of a job's results (the domain page of a domain id...), or null
     * when the dashboard has none: each feature links its own jobs, the ledger knows no page.
     */
    default String resultPage(Job job, String result) {
        return null;
    }

    /** The page of the operation that started the job, or null when the dashboard has none. */
    default String operationPage(Job job) {
        return null;
    }

    /** {@code path} + the result when the result is a numeric id (a page of the dashboard), else null. */
    static String idPage(String path, String result) {
        return result != null && result.matches("\\d{1,18}") ? path + result : null;
    }

    /**
     * What the job's timeline says when asking about it failed (a stored {@link JobText}); empty: the
     * shared words ({@link PollFailureWords}).
     */
    default Optional<String> pollFailed(RuntimeException e) {
        return Optional.empty();
    }
}
