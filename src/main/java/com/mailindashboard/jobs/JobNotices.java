package com.mailindashboard.jobs;

import java.util.List;

/**
 * What the layout shows about jobs: how many are active (next to "Jobs" in the navigation) and,
 * for the signed-in teammate, the jobs they started that ended since they last looked, with the
 * page to come back to after dismissing one.
 */
record JobNotices(long activeCount, List<Job> ended, String back) {

    JobNotices {
        ended = List.copyOf(ended);
    }

    /** How many notices the compact area lists; the rest are counted, with a link to the jobs page. */
    static final int SHOWN = 5;

    public List<Job> shown() {
        return ended.size() <= SHOWN ? ended : ended.subList(0, SHOWN);
    }

    public int more() {
        return Math.max(0, ended.size() - SHOWN);
    }

    /** Without the notice of one job (the page of that job is being shown, which marks it seen). */
    JobNotices without(long jobId) {
        return new JobNotices(activeCount, ended.stream().filter(job -> job.getId() != jobId).toList(), back);
    }

    /** A path inside the dashboard to return to; anything else (another site, nothing) means the jobs page. */
    static String safeBack(String back) {
        boolean local = back != null && back.startsWith("/") && !back.startsWith("//") && !back.startsWith("/\\")
                && back.length() <= 2000 && back.chars().noneMatch(c -> c < 0x20 || c == 0x7f || c == '{' || c == '}');
        return local ? back : "/jobs";
    }
}
