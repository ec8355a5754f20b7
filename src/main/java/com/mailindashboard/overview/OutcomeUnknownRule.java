package com.mailindashboard.overview;

import com.mailindashboard.jobs.JobStatus;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Operations sent to Mailin whose answer was lost: they may or may not have happened. */
@Component
@Order(20)
class OutcomeUnknownRule implements AttentionRule {

    private final JobCounts jobs;

    OutcomeUnknownRule(JobCounts jobs) {
        this.jobs = jobs;
    }

    @Override
    public List<AttentionItem> check() {
        long unknown = jobs.count(JobStatus.OUTCOME_UNKNOWN, null);
        return unknown == 0 ? List.of() : List.of(new AttentionItem(AttentionItem.DANGER,
                "overview.attention.outcome-unknown", new Object[] {unknown},
                JobLinks.jobs().status(JobStatus.OUTCOME_UNKNOWN.name()).url(), "overview.attention.open-jobs"));
    }
}
