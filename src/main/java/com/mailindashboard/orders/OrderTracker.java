package com.mailindashboard.orders;

import com.mailindashboard.gateway.AzureOrder;
import com.mailindashboard.gateway.AzureOrderClient;
import com.mailindashboard.gateway.AzureOrderNameservers;
import com.mailindashboard.gateway.AzureOrderStatus;
import com.mailindashboard.gateway.AzureOrderUploadStatus;
import com.mailindashboard.gateway.MailinException;
import com.mailindashboard.gateway.MailinNotFoundException;
import com.mailindashboard.gateway.MailinRefusedException;
import com.mailindashboard.jobs.Job;
import com.mailindashboard.jobs.JobKind;
import com.mailindashboard.jobs.JobReport;
import com.mailindashboard.jobs.JobStatus;
import com.mailindashboard.jobs.JobText;
import com.mailindashboard.jobs.JobTracker;
import com.mailindashboard.jobs.OperationLedger;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Follows a Microsoft order to its end. Z1 gives no id, so the order is first found in Z2 by its
 * domain (created after the submit); an order whose answer was lost is reconciled the same way and
 * never ordered again. Then Z4 until {@code ready} (with Z3 as soon as nameservers exist: a
 * transferred domain needs them set by hand), Z3 until the nameservers are there, and Z11 while an
 * inbox provider is set and mailboxes wait to be uploaded. Every stage's time is stored on the
 * order, so the order page's timeline and a restart both continue from the database.
 */
@Component
class OrderTracker implements JobTracker {

    private final AzureOrderClient azure;
    private final OrderFinder finder;
    private final PlacedOrderRepository orders;
    private final OperationLedger operations;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OrderTracker(AzureOrderClient azure, OrderFinder finder, PlacedOrderRepository orders, OperationLedger operations,
                 TransactionTemplate transactions, Clock clock) {
        this.azure = azure;
        this.finder = finder;
        this.orders = orders;
        this.operations = operations;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Set<JobKind> kinds() {
        return Set.of(JobKind.AZURE_ORDER);
    }

    /** Its result is Mailin's order id, its operation page the placed order's. */
    @Override
    public String resultPage(Job job, String result) {
        return JobTracker.idPage("/orders/", result);
    }

    @Override
    public String operationPage(Job job) {
        return "/orders/operations/" + job.getOperationId();
    }


    @Override
    public JobReport poll(Job job) {
        Optional<PlacedOrder> placed = placedOrder(job);
        if (placed.isEmpty()) {
            return JobReport.failed(JobText.of("orders.report.no-order"));
        }
        PlacedOrder order = placed.get();
        if (order.getUpstreamId() == null) {
            Optional<AzureOrder> found = finder.placed(order.getDomain(), order.getPlacedAt(),
                    new HashSet<>(orders.linkedUpstreamIds()));
            if (found.isEmpty()) {
                return job.getStatus() == JobStatus.OUTCOME_UNKNOWN
                        ? JobReport.unknown(JobText.of("orders.report.lost-not-found", order.getDomain()))
                        : JobReport.inProgress(JobText.of("orders.report.not-listed", order.getDomain()));
            }
            long upstreamId = found.get().id();
            update(order, o -> o.link(upstreamId, clock.instant()));
            order = orders.findById(order.getId()).orElseThrow();
        }
        long id = order.getUpstreamId();
        List<String> result = List.of(String.valueOf(id));
        AzureOrderStatus status;
        try {
            status = azure.status(id);
        } catch (MailinNotFoundException e) {
            return JobReport.failed(JobText.of("orders.report.gone", id));
        }
        boolean ready = status.ready();
        update(order, o -> o.status(status.status(), ready, clock.instant()));
        if (order.getNameservers().isEmpty()) {
            AzureOrderNameservers nameservers = nameservers(id);
            if (nameservers != null) {
                update(order, o -> o.nameservers(nameservers.nameservers(), clock.instant()));
            }
        }
        order = orders.findById(order.getId()).orElseThrow();
        if (!ready) {
            return new JobReport(JobStatus.RUNNING, JobText.of("orders.report.in-progress", id, status.status()), result);
        }
        if (order.getNameservers().isEmpty()) {
            return new JobReport(JobStatus.RUNNING, JobText.of("orders.report.nameservers-waiting", id), result);
        }
        if (order.getProviderId() == null) {
            return JobReport.completed(JobText.of("orders.report.ready", id, order.getMailboxCount()), result);
        }
        AzureOrderUploadStatus upload;
        try {
            upload = azure.uploadStatus(id);
        } catch (MailinRefusedException | MailinNotFoundException e) {
            return new JobReport(JobStatus.RUNNING, JobText.of("orders.report.upload-not-started", id), result);
        }
        if (upload == null || upload.total() == null || upload.total() == 0) {
            return new JobReport(JobStatus.RUNNING, JobText.of("orders.report.upload-not-started", id), result);
        }
        update(order, o -> o.upload(upload, clock.instant()));
        String counts = JobText.of("orders.report.upload-counts", n(upload.uploaded()), n(upload.total()),
                n(upload.alreadyExistsOtherAccount()), n(upload.pending()), n(upload.failed()));
        if (upload.inProgress()) {
            return new JobReport(JobStatus.RUNNING, JobText.join(JobText.of("orders.report.uploading", id), counts),
                    result);
        }
        return JobReport.completed(JobText.join(JobText.of("orders.report.uploaded", id), counts), result);
    }

    private AzureOrderNameservers nameservers(long id) {
        try {
            return azure.nameservers(id);
        } catch (MailinException e) {
            return null; // asked again at the next poll; the status decides the job's state
        }
    }

    private Optional<PlacedOrder> placedOrder(Job job) {
        Optional<PlacedOrder> byJob = orders.findByJobId(job.getId());
        if (byJob.isPresent() || job.getOperationId() == null) {
            return byJob;
        }
        return operations.find(job.getOperationId())
                .flatMap(operation -> orders.findByOperationKey(operation.getOperationKey()));
    }

    private void update(PlacedOrder order, Consumer<PlacedOrder> change) {
        transactions.executeWithoutResult(status -> orders.findById(order.getId()).ifPresent(change));
    }

    private static int n(Integer value) {
        return value == null ? 0 : value;
    }
}
