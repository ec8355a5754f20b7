package com.mailindashboard.domains;

import com.mailindashboard.approvals.ApprovalAction;
import com.mailindashboard.approvals.ApprovalExecutor;
import com.mailindashboard.approvals.ApprovalResult;
import com.mailindashboard.approvals.ApprovalSubmission;
import com.mailindashboard.jobs.Operation;
import com.mailindashboard.jobs.OperationOutcome;
import com.mailindashboard.jobs.OperationState;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Domain purchases under the approval policy: a confirmed purchase is offered to the approval gate
 * as its confirm form (provider and names, under the preview's operation key); once approved it is
 * bought through the operation ledger exactly as a confirm would, on behalf of its requester.
 */
abstract sealed class DomainPurchaseApproval implements ApprovalExecutor<DomainBuyConfirmation>
        permits DomainPurchaseApproval.Smtp, DomainPurchaseApproval.Google {

    private final DomainPurchaseService purchases;
    private final DomainOperationAudit audit;

    DomainPurchaseApproval(DomainPurchaseService purchases, DomainOperationAudit audit) {
        this.purchases = purchases;
        this.audit = audit;
    }

    static ApprovalSubmission submission(DomainBuyConfirmation confirmation, String requestedBy) {
        ApprovalAction action = confirmation.provider() == DomainProvider.GOOGLE
                ? ApprovalAction.GOOGLE_DOMAIN_PURCHASE : ApprovalAction.DOMAIN_PURCHASE;
        return new ApprovalSubmission(action, confirmation.operationKey(), confirmation.names().size(),
                confirmation.names(), confirmation, requestedBy);
    }

    @Override
    public Class<DomainBuyConfirmation> previewType() {
        return DomainBuyConfirmation.class;
    }

    @Override
    public ApprovalResult execute(String operationKey, DomainBuyConfirmation preview, String requestedBy) {
        List<String> names = preview.names();
        OperationOutcome outcome = purchases.buy(operationKey, preview.provider(), names, requestedBy);
        audit.recordUnlessRepeated("domains.buy", preview.provider(), outcome);
        Operation operation = outcome.operation();
        return new ApprovalResult("/domains/operations/" + operation.getId(), operation.getState().name(),
                operation.getState() == OperationState.ACCEPTED, operation.getUpstreamStatus(),
                operation.getUpstreamMessage());
    }

    @Component
    static final class Smtp extends DomainPurchaseApproval {
        Smtp(DomainPurchaseService purchases, DomainOperationAudit audit) {
            super(purchases, audit);
        }

        @Override
        public ApprovalAction action() {
            return ApprovalAction.DOMAIN_PURCHASE;
        }
    }

    @Component
    static final class Google extends DomainPurchaseApproval {
        Google(DomainPurchaseService purchases, DomainOperationAudit audit) {
            super(purchases, audit);
        }

        @Override
        public ApprovalAction action() {
            return ApprovalAction.GOOGLE_DOMAIN_PURCHASE;
        }
    }
}
