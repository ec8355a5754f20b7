package com.mailindashboard.mailboxes;

import com.mailindashboard.gateway.MailboxJobStatus;
import com.mailindashboard.gateway.MailinMailbox;
import com.mailindashboard.gateway.MailinNotFoundException;
import com.mailindashboard.jobs.Job;
import com.mailindashboard.jobs.JobKind;
import com.mailindashboard.jobs.JobReport;
import com.mailindashboard.jobs.JobText;
import com.mailindashboard.jobs.JobTracker;
import com.mailindashboard.jobs.Operation;
import com.mailindashboard.jobs.OperationLedger;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Follows mailbox creation jobs: by M4/G8 while Mailin knows the job, marking each chunk row
 * created as its mailbox appears; by looking for the addresses in the mailbox lists when the
 * answer to the creation request was lost (outcome unknown), when Mailin no longer knows the job,
 * and for addresses a finished job does not report. Nothing is ever re-sent from here.
 */
@Component
class MailboxCreationTracker implements JobTracker {

    private final MailboxProviders providers;
    private final MailboxDirectory directory;
    private final MailboxDryRunStore store;
    private final OperationLedger operations;
    private final MailboxCreationProperties properties;
    private final Clock clock;

    MailboxCreationTracker(MailboxProviders providers, MailboxDirectory directory,
                           MailboxDryRunStore store, OperationLedger operations, MailboxCreationProperties properties,
                           Clock clock) {
        this.providers = providers;
        this.directory = directory;
        this.store = store;
        this.operations = operations;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public Set<JobKind> kinds() {
        return Set.of(JobKind.MAILBOX_CREATION, JobKind.GOOGLE_MAILBOX_CREATION);
    }

    // followed on its own progress page, by chunk: no result or operation page on the job page

    @Override
    public JobReport poll(Job job) {
        MailboxProvider provider = MailboxProvider.of(job.getKind());
        Optional<MailboxCreationChunk> chunk = chunkOf(job);
        List<String> addresses = chunk
                .map(c -> store.chunkRows(c.dryRunId(), c.index()).stream().map(MailboxDryRunRow::address).toList())
                .orElse(job.getSubjects());
        String reference = job.getUpstreamRef();
        if (reference == null) {
            return reconcile(job, provider, chunk, addresses, null);
        }
        MailboxJobStatus status;
        try {
            status = providers.of(provider).jobStatus(reference);
        } catch (MailinNotFoundException e) {
            return reconcile(job, provider, chunk, addresses, JobText.of("jobs.report.job-unknown", reference));
        }
        Map<String, Long> created = reported(status.data(), addresses);
        chunk.ifPresent(c -> store.markCreated(c.dryRunId(), c.index(), created));
        String report = status.report() == null || status.report().isBlank()
                ? JobText.of("jobs.report.mailin-status", status.status()) : status.report();
        if (status.done()) {
            return finished(provider, chunk, addresses, created, report);
        }
        if (status.failed()) {
            chunk.ifPresent(c -> store.markFailed(c.dryRunId(), c.index(),
                    JobText.join(JobText.of("jobs.report.mailboxes.job-failed"), report), true));
            return JobReport.failed(JobText.join(report,
                    JobText.of("jobs.report.mailboxes.created", created.size(), addresses.size())));
        }
        return JobReport.inProgress(JobText.join(report,
                JobText.of("jobs.report.mailboxes.created-so-far", created.size(), addresses.size())));
    }

    /** A finished job: addresses it does not report are looked for in the account before counting as failed. */
    private JobReport finished(MailboxProvider provider, Optional<MailboxCreationChunk> chunk,
                               List<String> addresses, Map<String, Long> created, String report) {
        List<String> missing = missing(addresses, created);
        if (!missing.isEmpty()) {
            Map<String, Long> found = inAccount(provider, missing);
            chunk.ifPresent(c -> store.markCreated(c.dryRunId(), c.index(), found));
            created.putAll(found);
            missing = missing(addresses, created);
        }
        if (!missing.isEmpty()) {
            chunk.ifPresent(c -> store.markFailed(c.dryRunId(), c.index(),
                    JobText.of("jobs.report.mailboxes.missing-after-job"), true));
        }
        return JobReport.completed(JobText.join(report, missing.isEmpty()
                ? JobText.of("jobs.report.mailboxes.created", created.size(), addresses.size())
                : JobText.of("jobs.report.mailboxes.created-missing", created.size(), addresses.size(), list(missing))),
                ids(created));
    }

    /**
     * Looks for the addresses in the account. Those still absent once {@code unknown-settle-after}
     * has passed since the request are settled as not created (the request most likely never
     * reached Mailin) and may be sent again under a new key; before that the outcome stays unknown.
     */
    private JobReport reconcile(Job job, MailboxProvider provider, Optional<MailboxCreationChunk> chunk,
                                List<String> addresses, String prefix) {
        Map<String, Long> found = inAccount(provider, addresses);
        chunk.ifPresent(c -> store.markCreated(c.dryRunId(), c.index(), found));
        List<String> missing = missing(addresses, found);
        if (missing.isEmpty()) {
            return JobReport.completed(JobText.join(prefix, JobText.of("jobs.report.mailboxes.all", addresses.size())),
                    ids(found));
        }
        Duration settleAfter = properties.unknownSettleAfter();
        if (job.getCreatedAt() != null && !clock.instant().isBefore(job.getCreatedAt().plus(settleAfter))) {
            String why = JobText.of("jobs.report.mailboxes.settled-absent", settleAfter.toMinutes());
            chunk.ifPresent(c -> {
                store.markFailed(c.dryRunId(), c.index(), why, true);
                store.settleUnknownChunk(c.id(), MailboxCreationChunk.State.NOT_CREATED, why, clock.instant());
            });
            String report = JobText.join(prefix, JobText.of("jobs.report.mailboxes.settled", found.size(),
                    addresses.size(), list(missing), settleAfter.toMinutes()));
            return found.isEmpty() ? JobReport.failed(report) : JobReport.completed(report, ids(found));
        }
        return JobReport.unknown(JobText.join(prefix, JobText.of("jobs.report.mailboxes.partial", found.size(),
                addresses.size(), list(missing))));
    }

    private Optional<MailboxCreationChunk> chunkOf(Job job) {
        if (job.getOperationId() == null) {
            return Optional.empty();
        }
        return operations.find(job.getOperationId()).map(Operation::getOperationKey).flatMap(store::chunkByKey);
    }

    /** The job's reported mailboxes that belong to this chunk: address to id. */
    private static Map<String, Long> reported(List<MailinMailbox> data, List<String> addresses) {
        Set<String> wanted = new HashSet<>(addresses);
        Map<String, Long> created = new LinkedHashMap<>();
        for (MailinMailbox mailbox : data) {
            String address = mailbox.username() == null ? null : mailbox.username().strip().toLowerCase(Locale.ROOT);
            if (address != null && wanted.contains(address)) {
                created.put(address, mailbox.id());
            }
        }
        return created;
    }

    /** Looks for addresses in the provider's mailbox lists, one paged list per domain. */
    private Map<String, Long> inAccount(MailboxProvider provider, List<String> addresses) {
        Set<String> domains = new TreeSet<>();
        addresses.forEach(address -> domains.add(address.substring(address.indexOf('@') + 1)));
        Set<String> wanted = new HashSet<>(addresses);
        Map<String, Long> found = new LinkedHashMap<>();
        for (String domain : domains) {
            directory.mailboxes(provider, domain).forEach((address, id) -> {
                if (wanted.contains(address)) {
                    found.put(address, id);
                }
            });
        }
        return found;
    }

    private static List<String> missing(List<String> addresses, Map<String, Long> created) {
        return addresses.stream().filter(address -> !created.containsKey(address)).toList();
    }

    private static List<String> ids(Map<String, Long> created) {
        return new ArrayList<>(created.values().stream().filter(Objects::nonNull).map(String::valueOf).toList());
    }

    private static String list(List<String> addresses) {
        return addresses.size() <= 10 ? String.join(", ", addresses)
                : String.join(", ", addresses.subList(0, 10)) + " and " + (addresses.size() - 10) + " more";
    }
}
