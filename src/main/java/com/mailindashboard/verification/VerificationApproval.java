package com.mailindashboard.verification;

import com.mailindashboard.approvals.ApprovalAction;
import com.mailindashboard.approvals.ApprovalExecutor;
import com.mailindashboard.approvals.ApprovalResult;
import com.mailindashboard.approvals.ApprovalSubmission;
import com.mailindashboard.gateway.VerificationType;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Bulk verification under the approval policy: a confirmed check is offered to the approval gate
 * with what it sends (its source, type and address count: one credit per address); once approved
 * the same check is started under its confirm key, through the operation ledger, on behalf of its
 * requester. A check purged meanwhile ({@code dashboard.verification.check-retention}) is reported,
 * never sent.
 */
@Component
class VerificationApproval implements ApprovalExecutor<VerificationApproval.Held> {

    /** What the approver sees and what is started: the check, its source, type and size. */
    record Held(String checkId, String source, VerificationMethod method, VerificationType type, long addresses,
                long creditsNeeded) {
    }

    private final VerificationService service;
    private final VerificationCheckRepository checks;

    VerificationApproval(VerificationService service, VerificationCheckRepository checks) {
        this.service = service;
        this.checks = checks;
    }

    /**
     * The submission of a ready check under its confirm key.
     *
     * @throws VerificationRefusal when the check is unknown or not ready under this key
     */
    ApprovalSubmission submission(String checkId, String key, String requestedBy) {
        VerificationCheck check = checks.findById(checkId)
                .orElseThrow(() -> new VerificationRefusal("verification.check.not-found"));
        if (check.getState() != VerificationCheck.State.READY || !key.equals(check.getConfirmKey())) {
            throw new VerificationRefusal("verification.check.stale");
        }
        long addresses = check.getUniqueCount();
        Held held = new Held(checkId, check.getSourceName(), check.method(), check.getType(), addresses, addresses);
        return new ApprovalSubmission(ApprovalAction.VERIFICATION, key, (int) Math.min(Integer.MAX_VALUE, addresses),
                List.of(check.getSourceName() + " (" + addresses + ")"), held, requestedBy);
    }

    @Override
    public ApprovalAction action() {
        return ApprovalAction.VERIFICATION;
    }

    @Override
    public Class<Held> previewType() {
        return Held.class;
    }

    @Override
    public ApprovalResult execute(String operationKey, Held held, String requestedBy) {
        try {
            VerificationTask task = service.startCheck(held.checkId(), operationKey, requestedBy).task();
            boolean started = switch (task.getStatus()) {
                case REJECTED, FAILED, OUTCOME_UNKNOWN -> false;
                default -> true;
            };
            return new ApprovalResult("/verification/tasks/" + task.getId(), task.getStatus().name(), started, null,
                    task.getUpstreamMessage());
        } catch (VerificationRefusal refusal) {
            return new ApprovalResult("/verification/checks/" + held.checkId(), "NOT_SENT", false, null,
                    refusal.messageKey());
        }
    }
}
