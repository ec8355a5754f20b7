package com.mailindashboard.overview;

import com.mailindashboard.jobs.JobStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Jobs that failed among those started in the last {@code dashboard.overview.failed-days} days
 * (7: today and the six days before, UTC), as the jobs list filters them by creation day.
 */
@Component
@Order(30)
class RecentFailuresRule implements AttentionRule {

    private final JobCounts jobs;
    private final OverviewProperties properties;
    private final Clock clock;

    RecentFailuresRule(JobCounts jobs, OverviewProperties properties, Clock clock) {
        this.jobs = jobs;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public List<AttentionItem> check() {
        LocalDate from = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(properties.failedDays() - 1L);
        long failed = jobs.count(JobStatus.FAILED, from.atStartOfDay(ZoneOffset.UTC).toInstant());
        return failed == 0 ? List.of() : List.of(new AttentionItem(AttentionItem.WARNING, "overview.attention.failed",
                new Object[] {failed, properties.failedDays()},
                JobLinks.jobs().status(JobStatus.FAILED.name()).from(from).url(), "overview.attention.open-jobs"));
    }
}
