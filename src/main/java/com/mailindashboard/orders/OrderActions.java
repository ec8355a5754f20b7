package com.mailindashboard.orders;

import com.mailindashboard.approvals.ApprovalGate;
import com.mailindashboard.approvals.ApprovalRequest;
import com.mailindashboard.gateway.AzureOrderClient;
import com.mailindashboard.gateway.MailinException;
import com.mailindashboard.gateway.MailinMessage;
import com.mailindashboard.jobs.Job;
import com.mailindashboard.jobs.JobKind;
import com.mailindashboard.jobs.JobLedger;
import com.mailindashboard.jobs.JobStatus;
import com.mailindashboard.jobs.JobText;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The order page's actions: master domain (Z7), inbox provider set or removed (Z8/Z9), re-upload
 * (Z10) and delete (Z6). Each is a write the gateway audits. Setting a provider or re-uploading
 * starts a new upload: an order placed here whose job has ended is followed again (a new job of
 * the order, started in the name of the one who placed it), so the upload's end is reported to
 * them like the order's.
 */
@Service
class OrderActions {

    private final AzureOrderClient azure;
    private final OrderFinder finder;
    private final PlacedOrderRepository orders;
    private final JobLedger jobs;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ApprovalGate approvals;

    OrderActions(AzureOrderClient azure, OrderFinder finder, PlacedOrderRepository orders, JobLedger jobs,
                 TransactionTemplate transactions, Clock clock,
                 ApprovalGate approvals) {
        this.approvals = approvals;
        this.azure = azure;
        this.finder = finder;
        this.orders = orders;
        this.jobs = jobs;
        this.transactions = transactions;
        this.clock = clock;
    }

    MailinMessage setMasterDomain(long id, String forwardTo) {
        return azure.setRedirectDomain(id, forwardTo);
    }

    MailinMessage setProvider(long id, long providerId, String by) {
        MailinMessage answer = azure.setInboxProvider(id, providerId);
        followUpload(id, providerId, by, true);
        return answer;
    }

    MailinMessage removeProvider(long id) {
        MailinMessage answer = azure.removeInboxProvider(id);
        transactions.executeWithoutResult(status -> orders.findByUpstreamId(id)
                .ifPresent(order -> order.uploadRestarted(null)));
        return answer;
    }

    MailinMessage reUpload(long id, String by) {
        MailinMessage answer = azure.triggerReUpload(id);
        followUpload(id, null, by, false);
        return answer;
    }

    /** A confirmed deletion the approval policy holds back, or empty when it may be sent now. */
    Optional<ApprovalRequest> heldDeletion(long id, String domain, String by) {
        return approvals.hold(OrderDeletionApproval.submission(id, domain, by));
    }

    MailinMessage delete(long id) {
        return azure.remove(id);
    }

    /**
     * An order placed outside the dashboard gets a ledger row when its upload is started here, so
     * that it is followed (and its end reported to whoever started it) like the others. When Mailin's
     * list cannot be read now, the action stands and the order is simply not followed.
     */
    private void adopt(long id, String by) {
        try {
            finder.byId(id).ifPresent(order -> {
                try {
                    orders.saveAndFlush(PlacedOrder.adopted(order, by, OrderFinder.createdAt(order).orElse(null),
                            clock.instant()));
                } catch (DataIntegrityViolationException raced) {
                    // adopted at the same moment by another request: that row is followed
                }
            });
        } catch (MailinException e) {
            LoggerFactory.getLogger(OrderActions.class)
                    .warn("Order {} could not be read to follow its upload: {}", id, e.outcome());
        }
    }

    /** The job following this order, when the dashboard follows it. */
    Optional<Job> job(long id) {
        return orders.findByUpstreamId(id).map(PlacedOrder::getJobId).flatMap(jobs::find);
    }

    private void followUpload(long id, Long providerId, String by, boolean providerChanged) {
        if (orders.findByUpstreamId(id).isEmpty()) {
            adopt(id, by);
        }
        transactions.executeWithoutResult(status -> orders.findByUpstreamId(id).ifPresent(order -> {
            order.uploadRestarted(providerChanged ? providerId : order.getProviderId());
            boolean following = order.getJobId() != null
                    && jobs.find(order.getJobId()).map(Job::isActive).orElse(false);
            if (!following) {
                Job job = jobs.start(JobKind.AZURE_ORDER, String.valueOf(id), JobStatus.PENDING,
                        List.of(order.getDomain()), order.getPlacedBy(),
                        JobText.of("orders.report.upload-followed", id, by), null);
                order.followedBy(job.getId());
            }
        }));
    }
}
