package com.mailindashboard.domains;

import com.mailindashboard.gateway.DomainClient;
import com.mailindashboard.gateway.DomainJobStatus;
import com.mailindashboard.gateway.MailinDomain;
import com.mailindashboard.gateway.MailinNotFoundException;
import com.mailindashboard.jobs.Job;
import com.mailindashboard.jobs.JobKind;
import com.mailindashboard.jobs.JobReport;
import com.mailindashboard.jobs.JobText;
import com.mailindashboard.jobs.JobTracker;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Follows purchases: by D10 while Mailin knows the job; by looking for the names in the domain
 * list when the purchase's answer was lost (outcome unknown) or Mailin no longer knows the job.
 */
@Component
class DomainPurchaseTracker implements JobTracker {

    private final DomainClient domains;
    private final DomainLookup lookup;

    DomainPurchaseTracker(DomainClient domains, DomainLookup lookup) {
        this.domains = domains;
        this.lookup = lookup;
    }

    @Override
    public Set<JobKind> kinds() {
        return Set.of(JobKind.DOMAIN_PURCHASE, JobKind.GOOGLE_DOMAIN_PURCHASE);
    }

    @Override
    public String resultPage(Job job, String result) {
        return JobTracker.idPage("/domains/", result);
    }

    @Override
    public String operationPage(Job job) {
        return "/domains/operations/" + job.getOperationId();
    }


    @Override
    public JobReport poll(Job job) {
        if (job.getUpstreamRef() != null) {
            try {
                DomainJobStatus status = domains.jobStatus(job.getUpstreamRef());
                String report = status.report() == null || status.report().isBlank()
                        ? JobText.of("jobs.report.mailin-status", status.status()) : status.report();
                if (status.done()) {
                    return JobReport.completed(report, status.data());
                }
                if (status.failed()) {
                    return JobReport.failed(report);
                }
                return JobReport.inProgress(report);
            } catch (MailinNotFoundException e) {
                return reconcile(job, JobText.of("jobs.report.job-unknown", job.getUpstreamRef()));
            }
        }
        return reconcile(job, null);
    }

    private JobReport reconcile(Job job, String prefix) {
        DomainProvider provider = DomainProvider.ofKind(job.getKind()).orElseThrow();
        List<String> names = job.getSubjects();
        Map<String, MailinDomain> found = lookup.byNames(provider, names);
        List<String> missing = names.stream().filter(n -> !found.containsKey(n.toLowerCase(Locale.ROOT))).toList();
        if (missing.isEmpty()) {
            List<String> ids = names.stream().map(n -> String.valueOf(found.get(n.toLowerCase(Locale.ROOT)).id())).toList();
            return JobReport.completed(JobText.join(prefix, JobText.of("jobs.report.domains.all", names.size())), ids);
        }
        return JobReport.unknown(JobText.join(prefix, JobText.of("jobs.report.domains.partial", found.size(),
                names.size(), String.join(", ", missing))));
    }
}
