package com.mailindashboard.domains;

import com.mailindashboard.audit.AuditEntry;
import com.mailindashboard.audit.AuditLog;
import com.mailindashboard.audit.AuditOutcome;
import com.mailindashboard.jobs.Job;
import com.mailindashboard.jobs.JobLedger;
import com.mailindashboard.jobs.Operation;
import com.mailindashboard.jobs.OperationOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The domain-level audit event of a confirmed purchase or transfer (beside the gateway's
 * {@code mailin.*} event of the call itself), so the audit page says who bought or moved what.
 */
@Component
class DomainOperationAudit {

    private static final Logger log = LoggerFactory.getLogger(DomainOperationAudit.class);

    private final AuditLog audit;
    private final JobLedger jobs;

    DomainOperationAudit(AuditLog audit, JobLedger jobs) {
        this.audit = audit;
        this.jobs = jobs;
    }

    /**
     * Records the event of a submission that reached the ledger for the first time; a repeated one
     * (Mailin was not called again) records nothing. A failure to record is logged, never shown in
     * place of the operation: Mailin has already been called.
     */
    void recordUnlessRepeated(String action, DomainProvider provider, OperationOutcome outcome) {
        if (outcome.repeated()) {
            return;
        }
        try {
            record(action, provider, outcome.operation());
        } catch (RuntimeException e) {
            log.error("Could not audit {} of operation {}: {}", action, outcome.operation().getId(), e.toString());
        }
    }

    private void record(String action, DomainProvider provider, Operation operation) {
        String upstreamJob = operation.getJobId() == null ? null
                : jobs.find(operation.getJobId()).map(Job::getUpstreamRef).orElse(null);
        audit.record(AuditEntry.of(action, outcome(operation))
                .target("operation", operation.getId(), String.join(", ", operation.getSubjects()))
                .summary("provider=" + provider + ", domains=" + operation.getSubjects().size()
                        + ", state=" + operation.getState()
                        + (operation.getRefused().isEmpty() ? "" : ", refused=" + String.join(", ", operation.getRefused()))
                        + (operation.getJobId() == null ? "" : ", job=" + operation.getJobId()))
                .upstream(operation.getUpstreamStatus(), operation.getUpstreamMessage(), upstreamJob));
    }

    private static AuditOutcome outcome(Operation operation) {
        return switch (operation.getState()) {
            case ACCEPTED -> AuditOutcome.SUCCESS;
            case REJECTED, FAILED -> AuditOutcome.FAILURE;
            case SUBMITTING, OUTCOME_UNKNOWN -> AuditOutcome.UNKNOWN;
        };
    }
}
