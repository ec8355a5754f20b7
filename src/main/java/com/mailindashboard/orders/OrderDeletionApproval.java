package com.mailindashboard.orders;

import com.mailindashboard.approvals.ApprovalAction;
import com.mailindashboard.approvals.ApprovalExecutor;
import com.mailindashboard.approvals.ApprovalResult;
import com.mailindashboard.approvals.ApprovalSubmission;
import com.mailindashboard.gateway.MailinException;
import com.mailindashboard.gateway.MailinMessage;
import org.springframework.stereotype.Component;

/**
 * Deleting a Microsoft order (Z6) under the approval policy: held with the order's id and domain;
 * once approved (one approver wins the decision, so it is sent once) it is deleted (the gateway
 * audits the call).
 */
@Component
class OrderDeletionApproval implements ApprovalExecutor<OrderDeletionApproval.Held> {

    /** The order to delete, by Mailin id and the domain its requester typed to confirm. */
    record Held(long orderId, String domain) {
    }

    private final OrderActions actions;

    OrderDeletionApproval(OrderActions actions) {
        this.actions = actions;
    }

    /** A deletion has no preview key: each confirmed deletion is its own request. */
    static ApprovalSubmission submission(long orderId, String domain, String requestedBy) {
        return ApprovalSubmission.deletion(ApprovalAction.ORDER_DELETE, domain, new Held(orderId, domain), requestedBy);
    }

    @Override
    public ApprovalAction action() {
        return ApprovalAction.ORDER_DELETE;
    }

    @Override
    public Class<Held> previewType() {
        return Held.class;
    }

    @Override
    public ApprovalResult execute(String operationKey, Held held, String requestedBy) {
        try {
            MailinMessage answer = actions.delete(held.orderId());
            return ApprovalResult.deleted("/orders", answer);
        } catch (MailinException e) {
            return ApprovalResult.deletionFailed("/orders/" + held.orderId(), e);
        }
    }
}
