package com.mailindashboard.audit;

import com.mailindashboard.gateway.MailinWriteEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes one audit event for every gateway write (operation, outcome, upstream status, message and
 * job id, the request's fields with every secret redacted), in the caller's thread and transaction.
 */
@Component
class MailinWriteAuditor {

    private static final Logger log = LoggerFactory.getLogger(MailinWriteAuditor.class);

    private final AuditLog auditLog;

    MailinWriteAuditor(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @EventListener
    void on(MailinWriteEvent write) {
        AuditOutcome outcome = switch (write.outcome()) {
            case SUCCEEDED -> AuditOutcome.SUCCESS;
            case FAILED -> AuditOutcome.FAILURE;
            case UNKNOWN -> AuditOutcome.UNKNOWN;
        };
        AuditEntry entry = AuditEntry.of("mailin." + write.operation().key(), outcome)
                .target("mailin:" + write.operation().name(), write.target(), null)
                .summary(SecretRedaction.summarize(write.fields()))
                .upstream(write.status(), write.message(), write.jobId());
        try {
            auditLog.record(entry);
        } catch (RuntimeException e) {
            // the upstream call already happened; never hide its result behind an audit failure
            log.error("Could not audit {} ({}): {}", write.operation(), outcome, e.toString());
        }
    }
}
