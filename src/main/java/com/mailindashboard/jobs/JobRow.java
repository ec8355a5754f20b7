package com.mailindashboard.jobs;

import java.util.List;

/** A job as a row of the jobs table: its first few subjects and how many more there are. */
record JobRow(Job job, List<String> subjects, int moreSubjects) {

    static final int SHOWN_SUBJECTS = 3;

    static JobRow of(Job job) {
        List<String> all = job.getSubjects();
        List<String> shown = all.subList(0, Math.min(all.size(), SHOWN_SUBJECTS));
        return new JobRow(job, List.copyOf(shown), all.size() - shown.size());
    }
}
