package com.mailindashboard.verification;

import com.mailindashboard.gateway.VerificationClient;
import com.mailindashboard.gateway.VerificationTaskDetail;
import com.mailindashboard.jobs.Job;
import com.mailindashboard.jobs.JobKind;
import com.mailindashboard.jobs.JobReport;
import com.mailindashboard.jobs.JobStatus;
import com.mailindashboard.jobs.JobText;
import com.mailindashboard.jobs.JobTracker;
import com.mailindashboard.jobs.Operation;
import com.mailindashboard.jobs.OperationLedger;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Follows verification tasks for the job ledger (which polls with backoff, flags stuck jobs,
 * tells the starter and calls the webhook when a task ends): V2 for a single address, V5 for a
 * list or file; the local task is updated with what Mailin says (verdict, counts, refund reason).
 */
@Component
class VerificationTracker implements JobTracker {

    private final VerificationClient client;
    private final VerificationService service;
    private final VerificationTaskRepository tasks;
    private final OperationLedger operations;

    VerificationTracker(VerificationClient client, VerificationService service, VerificationTaskRepository tasks,
                        OperationLedger operations) {
        this.client = client;
        this.service = service;
        this.tasks = tasks;
        this.operations = operations;
    }

    @Override
    public Set<JobKind> kinds() {
        return Set.of(JobKind.VERIFICATION_SINGLE, JobKind.VERIFICATION_BULK);
    }

    /** The operation page leads to the verification task. */
    @Override
    public String operationPage(Job job) {
        return "/verification/operations/" + job.getOperationId();
    }


    @Override
    public JobReport poll(Job job) {
        Optional<VerificationTask> found = task(job);
        if (found.isEmpty()) {
            return JobReport.inProgress(JobText.of("verification.report.task-pending"));
        }
        VerificationTask task = found.get();
        if (job.getStatus() == JobStatus.STUCK) {
            task = service.markStuck(task);
        }
        if (job.getUpstreamRef() == null) {
            // the answer to the paid call was lost (or the process stopped during it): Mailin has no
            // list of tasks to look in, so the task says so and is never resent
            service.markUnknown(task, job.getId());
            return JobReport.unknown(JobText.of("verification.report.outcome-unknown"));
        }
        return task.getMethod() == VerificationMethod.SINGLE ? single(task) : bulk(task, job.getUpstreamRef());
    }

    private JobReport single(VerificationTask task) {
        VerificationTask fresh = service.refreshSingle(task);
        return switch (fresh.getStatus()) {
            case FINISHED -> JobReport.completed(JobText.of("verification.report.single", fresh.getEmail(),
                    fresh.getResult(), fresh.getScore() == null ? "-" : fresh.getScore()), List.of());
            case FAILED -> JobReport.failed(fresh.getReason() != null ? fresh.getReason()
                    : JobText.of("verification.report.single-failed"));
            default -> JobReport.inProgress(JobText.of("verification.report.single-running"));
        };
    }

    private JobReport bulk(VerificationTask task, String upstreamRef) {
        VerificationTaskDetail detail = client.taskDetail(upstreamRef);
        VerificationTask fresh = service.refreshBulk(task, detail);
        if (detail.finished()) {
            return JobReport.completed(JobText.of("verification.report.finished",
                    fresh.getTotalRows() == null ? fresh.getAddressesSent() : fresh.getTotalRows()), List.of());
        }
        if (detail.failedAndRefunded()) {
            return JobReport.failed(JobText.join(detail.message(), detail.reason() == null ? null : "(" + detail.reason() + ")"));
        }
        return JobReport.inProgress(detail.message());
    }

    /** The task of a job: by its id once settled, else by the operation's key (the job starts first). */
    private Optional<VerificationTask> task(Job job) {
        Optional<VerificationTask> byJob = tasks.findFirstByJobId(job.getId());
        if (byJob.isPresent() || job.getOperationId() == null) {
            return byJob;
        }
        return operations.find(job.getOperationId()).map(Operation::getOperationKey).flatMap(tasks::findByOperationKey);
    }
}
