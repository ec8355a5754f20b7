package com.mailindashboard.jobs;

import java.util.List;

/**
 * One result of a job as the job page shows it: the text, and where it leads when the dashboard
 * has a page for it (the domain page for the domain ids that purchases and transfers report).
 */
record ResultLink(String text, String href) {

    static List<ResultLink> of(Job job) {
        String path = job.getKind().resultPath();
        return job.getResults().stream()
                .map(result -> new ResultLink(result,
                        path != null && result.strip().matches("\\d{1,18}") ? path + result.strip() : null))
                .toList();
    }
}
