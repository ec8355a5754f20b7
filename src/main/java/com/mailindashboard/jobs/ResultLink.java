package com.mailindashboard.jobs;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One result of a job as the job page shows it: the text, and where it leads when the dashboard
 * has a page for it (the domain page for the domain ids that purchases and transfers report).
 */
record ResultLink(String text, String href) {

    private static final Set<JobKind> DOMAIN_RESULTS = EnumSet.of(JobKind.DOMAIN_PURCHASE,
            JobKind.GOOGLE_DOMAIN_PURCHASE, JobKind.DOMAIN_TRANSFER, JobKind.GOOGLE_DOMAIN_TRANSFER,
            JobKind.INBOXKIT_DOMAIN_TRANSFER);

    static List<ResultLink> of(Job job) {
        boolean domains = DOMAIN_RESULTS.contains(job.getKind());
        return job.getResults().stream()
                .map(result -> new ResultLink(result,
                        domains && result.strip().matches("\\d{1,18}") ? "/domains/" + result.strip() : null))
                .toList();
    }
}
