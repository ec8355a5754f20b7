package com.mailindashboard.audit;

/**
 * What happened, as the code that did it describes it. Who, from where and when are added by
 * {@link AuditLog} from the current request and security context.
 *
 * @param actorEmail only for events without a signed-in actor (a failed login names the account tried)
 */
public record AuditEntry(
        String action,
        String targetType,
        String targetId,
        String targetLabel,
        String summary,
        AuditOutcome outcome,
        Integer upstreamStatus,
        String upstreamMessage,
        String upstreamJobId,
        String actorEmail) {

    public static AuditEntry of(String action, AuditOutcome outcome) {
        return new AuditEntry(action, null, null, null, null, outcome, null, null, null, null);
    }

    public AuditEntry target(String type, Object id, String label) {
        return new AuditEntry(action, type, id == null ? null : String.valueOf(id), label, summary, outcome,
                upstreamStatus, upstreamMessage, upstreamJobId, actorEmail);
    }

    public AuditEntry summary(String text) {
        return new AuditEntry(action, targetType, targetId, targetLabel, text, outcome,
                upstreamStatus, upstreamMessage, upstreamJobId, actorEmail);
    }

    public AuditEntry upstream(Integer status, String message, String jobId) {
        return new AuditEntry(action, targetType, targetId, targetLabel, summary, outcome,
                status, message, jobId, actorEmail);
    }

    public AuditEntry actor(String email) {
        return new AuditEntry(action, targetType, targetId, targetLabel, summary, outcome,
                upstreamStatus, upstreamMessage, upstreamJobId, email);
    }
}
