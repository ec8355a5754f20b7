package com.mailindashboard.overview;

import com.mailindashboard.jobs.JobStatus;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Jobs Mailin has not finished after the stuck limit. */
@Component
@Order(10)
class StuckJobsRule implements AttentionRule {

    private final JobCounts jobs;

    StuckJobsRule(JobCounts jobs) {
        this.jobs = jobs;
    }

    @Override
    public List<AttentionItem> check() {
        long stuck = jobs.count(JobStatus.STUCK, null);
        return stuck == 0 ? List.of() : List.of(new AttentionItem(AttentionItem.DANGER, "overview.attention.stuck",
                new Object[] {stuck}, JobLinks.jobs().status(JobStatus.STUCK.name()).url(), "overview.attention.open-jobs"));
    }
}
