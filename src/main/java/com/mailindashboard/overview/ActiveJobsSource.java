package com.mailindashboard.overview;

import com.mailindashboard.jobs.Job;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Jobs that have not ended (pending, running, outcome unknown, stuck), newest first. */
@Component
@Order(10)
class ActiveJobsSource implements RunningSource {

    private final JobCounts jobs;

    ActiveJobsSource(JobCounts jobs) {
        this.jobs = jobs;
    }

    @Override
    public List<RunningItem> running(int limit) {
        return jobs.active(limit).stream().map(ActiveJobsSource::item).toList();
    }

    @Override
    public long count() {
        return jobs.activeCount();
    }

    @Override
    public String listLink() {
        return JobLinks.jobs().status("ACTIVE").url();
    }

    private static RunningItem item(Job job) {
        List<String> subjects = job.getSubjects();
        return new RunningItem("jobs.kind." + job.getKind(), null, subjects.isEmpty() ? null : subjects.getFirst(),
                Math.max(0, subjects.size() - 1), "jobs.status." + job.getStatus(),
                job.getStatus().badge(), job.getStartedBy(), job.getCreatedAt(), null, null, "/jobs/" + job.getId());
    }
}
