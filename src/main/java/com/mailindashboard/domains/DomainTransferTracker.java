package com.mailindashboard.domains;

import com.mailindashboard.gateway.MailinDomain;
import com.mailindashboard.gateway.MailinStatus;
import com.mailindashboard.jobs.Job;
import com.mailindashboard.jobs.JobKind;
import com.mailindashboard.jobs.JobReport;
import com.mailindashboard.jobs.JobText;
import com.mailindashboard.jobs.JobTracker;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Follows transfers, which Mailin gives no job id for: the domain list filtered by name, until the
 * domain is there and its nameservers are active.
 */
@Component
class DomainTransferTracker implements JobTracker {

    private final DomainLookup lookup;

    DomainTransferTracker(DomainLookup lookup) {
        this.lookup = lookup;
    }

    @Override
    public Set<JobKind> kinds() {
        return Set.of(JobKind.DOMAIN_TRANSFER, JobKind.GOOGLE_DOMAIN_TRANSFER, JobKind.INBOXKIT_DOMAIN_TRANSFER);
    }

    /** Inboxkit reports its own list's ids, which are not domain page ids. */
    @Override
    public String resultPage(Job job, String result) {
        return job.getKind() == JobKind.INBOXKIT_DOMAIN_TRANSFER ? null : JobTracker.idPage("/domains/", result);
    }

    @Override
    public String operationPage(Job job) {
        return "/domains/operations/" + job.getOperationId();
    }


    @Override
    public JobReport poll(Job job) {
        DomainProvider provider = DomainProvider.ofKind(job.getKind()).orElseThrow();
        String name = job.getSubjects().getFirst();
        Optional<MailinDomain> domain = lookup.byName(provider, name);
        if (domain.isEmpty()) {
            return JobReport.inProgress(JobText.of("jobs.report.transfer.absent", name));
        }
        MailinDomain found = domain.get();
        boolean nameServersActive = provider == DomainProvider.INBOXKIT ? MailinStatus.active(found.status())
                : MailinStatus.active(found.nameServerStatus());
        if (nameServersActive) {
            return JobReport.completed(JobText.of("jobs.report.transfer.done", name),
                    List.of(String.valueOf(found.id())));
        }
        return JobReport.inProgress(JobText.of("jobs.report.transfer.nameservers", name));
    }
}
