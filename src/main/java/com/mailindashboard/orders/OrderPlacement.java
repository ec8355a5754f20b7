package com.mailindashboard.orders;

import com.mailindashboard.gateway.AzureOrderClient;
import com.mailindashboard.gateway.MailinMessage;
import com.mailindashboard.jobs.JobKind;
import com.mailindashboard.jobs.OperationLedger;
import com.mailindashboard.jobs.OperationOutcome;
import com.mailindashboard.jobs.OperationRequest;
import com.mailindashboard.jobs.UpstreamAcceptance;
import java.time.Clock;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Places Microsoft orders. The order is stored under the confirm form's operation key first, then
 * sent as one Z1 through the operation ledger: a repeated confirm never places a second order, and
 * a lost answer becomes "outcome unknown", reconciled by the order's job from Z2, never by ordering
 * again. Z1 answers with no id: the job finds the order by its domain.
 */
@Service
class OrderPlacement {

    private final AzureOrderClient azure;
    private final OperationLedger operations;
    private final PlacedOrderRepository orders;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OrderPlacement(AzureOrderClient azure, OperationLedger operations, PlacedOrderRepository orders,
                   TransactionTemplate transactions, Clock clock) {
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
