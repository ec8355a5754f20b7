package com.mailindashboard.orders;

import com.mailindashboard.approvals.ApprovalAction;
import com.mailindashboard.approvals.ApprovalExecutor;
import com.mailindashboard.approvals.ApprovalResult;
import com.mailindashboard.approvals.ApprovalSubmission;
import com.mailindashboard.audit.AuditEntry;
import com.mailindashboard.audit.AuditLog;
import com.mailindashboard.audit.AuditOutcome;
import com.mailindashboard.gateway.AzureOrderClient;
import com.mailindashboard.gateway.MailinMessage;
import com.mailindashboard.jobs.JobKind;
import com.mailindashboard.jobs.Operation;
import com.mailindashboard.jobs.OperationLedger;
import com.mailindashboard.jobs.OperationOutcome;
import com.mailindashboard.jobs.OperationRequest;
import com.mailindashboard.jobs.OperationState;
import com.mailindashboard.jobs.UpstreamAcceptance;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Places Microsoft orders. The order is stored under the confirm form's operation key first, then
 * sent as one Z1 through the operation ledger: a repeated confirm never places a second order, and
 * a lost answer becomes "outcome unknown", reconciled by the order's job from Z2, never by ordering
 * again. Z1 answers with no id: the job finds the order by its domain. An order that buys its domain
 * may be held for approval first ({@link #submission}); once approved it is placed here, audited, on
 * behalf of its requester.
 */
@Service
class OrderPlacement implements ApprovalExecutor<OrderDraft> {

    private static final Logger log = LoggerFactory.getLogger(OrderPlacement.class);

    private final AzureOrderClient azure;
    private final OperationLedger operations;
    private final PlacedOrderRepository orders;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final AuditLog audit;

    OrderPlacement(AzureOrderClient azure, OperationLedger operations, PlacedOrderRepository orders,
                   TransactionTemplate transactions, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.azure = azure;
        this.operations = operations;
        this.orders = orders;
        this.transactions = transactions;
        this.clock = clock;
    }

    OperationOutcome place(String operationKey, OrderDraft draft, String placedBy) {
        PlacedOrder order = stored(operationKey, draft, placedBy);
        OperationOutcome outcome = operations.submitOnce(
                new OperationRequest(operationKey, JobKind.AZURE_ORDER, List.of(order.getDomain()), placedBy),
                () -> {
                    MailinMessage answer = azure.add(draft.request());
                    return new UpstreamAcceptance(answer.status(), answer.message(), null);
                });
        // a repeated confirm may get here first, while the first one's call is still under way
        transactions.executeWithoutResult(status -> orders.linkSubmission(order.getId(), outcome.operation().getId(),
                outcome.operation().getJobId()));
        return outcome;
    }

    /** Places the order and audits a first submission (a repeated one was audited already). */
    OperationOutcome placeAudited(String operationKey, OrderDraft draft, String placedBy) {
        OperationOutcome outcome = place(operationKey, draft, placedBy);
        if (!outcome.repeated()) {
            audited(outcome.operation(), draft);
        }
        return outcome;
    }

    /** What the approval gate is offered for an order that buys its domain (the only orders the policy holds). */
    static ApprovalSubmission submission(String operationKey, OrderDraft draft, String placedBy) {
        return new ApprovalSubmission(ApprovalAction.AZURE_ORDER, operationKey, draft.mailboxCount(), List.of(draft.domain()), draft, placedBy);
    }

    @Override
    public ApprovalAction action() {
        return ApprovalAction.AZURE_ORDER;
    }

    @Override
    public Class<OrderDraft> previewType() {
        return OrderDraft.class;
    }

    @Override
    public ApprovalResult execute(String operationKey, OrderDraft draft, String requestedBy) {
        Operation operation = placeAudited(operationKey, draft, requestedBy).operation();
        return new ApprovalResult("/orders/operations/" + operation.getId(), operation.getState().name(),
                operation.getState() == OperationState.ACCEPTED, operation.getUpstreamStatus(),
                operation.getUpstreamMessage());
    }

    private void audited(Operation operation, OrderDraft draft) {
        try {
            audit.record(AuditEntry.of("orders.place", switch (operation.getState()) {
                        case ACCEPTED -> AuditOutcome.SUCCESS;
                        case REJECTED, FAILED -> AuditOutcome.FAILURE;
                        case SUBMITTING, OUTCOME_UNKNOWN -> AuditOutcome.UNKNOWN;
                    }).target("operation", operation.getId(), draft.domain())
                    .summary("domain=" + draft.domain() + ", purchase=" + draft.purchase() + ", mode="
                            + draft.mode().wire() + ", mailboxes=" + draft.mailboxCount() + ", provider="
                            + draft.providerId() + ", registrar=" + draft.registrarId() + ", state="
                            + operation.getState() + (operation.getJobId() == null ? "" : ", job=" + operation.getJobId()))
                    .upstream(operation.getUpstreamStatus(), operation.getUpstreamMessage(), null));
        } catch (RuntimeException e) {
            log.error("Could not audit order operation {}: {}", operation.getId(), e.toString());
        }
    }

    /** The order stored under this key (a repeated confirm finds the first one). */
    private PlacedOrder stored(String operationKey, OrderDraft draft, String placedBy) {
        return orders.findByOperationKey(operationKey).orElseGet(() -> {
            try {
                return orders.saveAndFlush(new PlacedOrder(operationKey, draft, placedBy, clock.instant()));
            } catch (DataIntegrityViolationException raced) {
                return orders.findByOperationKey(operationKey).orElseThrow();
            }
        });
    }
}
