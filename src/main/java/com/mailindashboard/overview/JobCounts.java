package com.mailindashboard.overview;

import com.mailindashboard.jobs.Job;
import com.mailindashboard.jobs.JobLedger;
import com.mailindashboard.jobs.JobStatus;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** The job ledger's figures the overview needs, through the same search the jobs list uses (so counts and lists agree). */
@Component
class JobCounts {

    /** Statuses that have not ended: what the navigation's count and {@code /jobs?status=ACTIVE} count. */
    static final Set<JobStatus> ACTIVE = EnumSet.copyOf(Arrays.stream(JobStatus.values()).filter(JobStatus::active).toList());
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private final JobLedger ledger;

    JobCounts(JobLedger ledger) {
        this.ledger = ledger;
    }

    long count(JobStatus status, Instant from) {
        return ledger.search(null, EnumSet.of(status), null, from, null, PageRequest.of(0, 1)).getTotalElements();
    }

    /** The newest active jobs (at most {@code limit}) and how many are active in all. */
    List<Job> active(int limit) {
        return ledger.search(null, ACTIVE, null, null, null, PageRequest.of(0, limit, NEWEST_FIRST)).getContent();
    }

    long activeCount() {
        return ledger.activeCount();
    }
}
