package com.mailindashboard.approvals;

import com.mailindashboard.audit.AuditEntry;
import com.mailindashboard.audit.AuditLog;
import com.mailindashboard.audit.AuditOutcome;
import com.mailindashboard.jobs.WebhookOutbox;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the team hears of an approval request: its audit event and its webhook notification (both
 * in the caller's transaction, with the change that causes them). The requester's in-app notice is
 * the request itself, unseen until they open it.
 */
@Component
class ApprovalEvents {

    private final AuditLog audit;
    private final WebhookOutbox webhooks;

    ApprovalEvents(AuditLog audit, WebhookOutbox webhooks) {
        this.audit = audit;
        this.webhooks = webhooks;
    }

    /** {@code event}: requested, approved, rejected, expired. */
    void record(String event, ApprovalRequest request, AuditOutcome outcome, String actor) {
        AuditEntry entry = AuditEntry.of("approvals." + event, outcome)
                .target("approval", request.getId(), label(request))
                .summary("action=" + request.getAction() + ", operationKey=" + request.getOperationKey()
                        + ", amount=" + request.getAmount() + ", requestedBy=" + request.getRequestedBy()
                        + (request.getReason() == null ? "" : ", reason=" + request.getReason()));
        audit.record(actor == null ? entry : entry.actor(actor));
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("id", request.getId());
        detail.put("action", request.getAction().name());
        detail.put("state", request.getState().name());
        detail.put("subjects", request.getSubjects());
        detail.put("amount", request.getAmount());
        detail.put("requested_by", request.getRequestedBy());
        detail.put("decided_by", request.getDecidedBy());
        detail.put("reason", request.getReason());
        detail.put("expires_at", String.valueOf(request.getExpiresAt()));
        webhooks.enqueueEvent("approval_" + event, "Mailin Dashboard: approval request #" + request.getId() + " ("
                + request.getAction().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + label(request)
                + ", by " + request.getRequestedBy() + ") is " + event
                + (request.getReason() == null ? "" : ": " + request.getReason()), "approval", detail);
    }

    /** The upstream result of an approved request. */
    void result(ApprovalRequest request, ApprovalResult result) {
        audit.record(AuditEntry.of("approvals.result", result.success() ? AuditOutcome.SUCCESS
                        : "OUTCOME_UNKNOWN".equals(result.state()) ? AuditOutcome.UNKNOWN : AuditOutcome.FAILURE)
                .target("approval", request.getId(), label(request))
                .summary("action=" + request.getAction() + ", state=" + result.state() + ", page=" + result.path())
                .upstream(result.upstreamStatus(), result.upstreamMessage(), null));
    }

    static String label(ApprovalRequest request) {
        List<String> subjects = request.getSubjects();
        return subjects.size() <= 3 ? String.join(", ", subjects) : subjects.size() + " items";
    }
}
