package com.mailindashboard.jobs;

import java.util.List;

/**
 * One result of a job as the job page shows it: the text, where it leads when the dashboard has a
 * page for it (the domain page for the domain ids that purchases and transfers report), and its
 * name when the job knows it: a job about one name whose one result is that name's id.
 */
record ResultLink(String text, String href, String name) {

    static List<ResultLink> of(Job job, JobTracker tracker) {
        List<String> results = job.getResults();
        List<String> subjects = job.getSubjects();
        String onlyName = results.size() == 1 && subjects.size() == 1 ? subjects.getFirst() : null;
        return results.stream()
                .map(result -> new ResultLink(result,
                        tracker == null ? null : tracker.resultPage(job, result.strip()), onlyName))
                .toList();
    }
}
