package com.mailindashboard.domains;

import com.mailindashboard.approvals.ApprovalGate;
import com.mailindashboard.approvals.ApprovalRequest;
import com.mailindashboard.audit.AuditEntry;
import com.mailindashboard.audit.AuditLog;
import com.mailindashboard.audit.AuditOutcome;
import com.mailindashboard.gateway.DomainClient;
import com.mailindashboard.gateway.DomainRateLimit;
import com.mailindashboard.gateway.MailinDomain;
import com.mailindashboard.gateway.MailinException;
import com.mailindashboard.gateway.MailinMessage;
import com.mailindashboard.gateway.MailinNotFoundException;
import com.mailindashboard.gateway.MailinUnavailableException;
import com.mailindashboard.web.MailinProblem;
import com.mailindashboard.web.Outcome;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;

/**
 * The domain page's reads and actions. D4 and D12 are read concurrently (on virtual threads),
 * each degrading its own panel; only "not found or not yours" from D4 fails the whole page. Every
 * action is recorded as a {@code domain.*} audit event naming the domain, beside the gateway's own
 * {@code mailin.*} event for the upstream call.
 */
@Service
class DomainDetailService {

    private final DomainClient domains;
    private final AuditLog audit;
    private final ApprovalGate approvals;

    DomainDetailService(DomainClient domains, AuditLog audit, ApprovalGate approvals) {
        this.domains = domains;
        this.audit = audit;
        this.approvals = approvals;
    }

    /** The domain page's panels; throws {@link MailinNotFoundException} when Mailin has no such domain for us. */
    DomainDetail load(long id) {
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            CompletableFuture<MailinDomain> domain = CompletableFuture.supplyAsync(() -> domains.domain(id), pool);
            CompletableFuture<Outcome<DomainRateLimit>> rateLimit = CompletableFuture.supplyAsync(
                    () -> Outcome.of(() -> domains.rateLimit(id)), pool);
            return new DomainDetail(id, domainOutcome(domain), rateLimit.join());
        }
    }

    /** The page around a domain already read (after a refused action): only the rate limit is read again. */
    DomainDetail around(MailinDomain domain) {
        return new DomainDetail(domain.id(), new Outcome<>(domain, null),
                Outcome.of(() -> domains.rateLimit(domain.id())));
    }

    /** D4 alone, for the actions: they need the real name (subdomain parent, delete confirmation, audit). */
    MailinDomain domain(long id) {
        MailinDomain d = domains.domain(id);
        return d.id() != null ? d : new MailinDomain(id, d.name(), d.mainDomain(), d.nameServers(),
                d.nameServerStatus(), d.status(), d.providerType(), d.domainProvider(), d.createdAt(), d.updatedAt());
    }

    MailinMessage forward(MailinDomain domain, String forwardTo) {
        return audited("domain.forward", domain, "forward_to=" + forwardTo, () -> domains.forward(domain.id(), forwardTo));
    }

    MailinMessage removeForward(MailinDomain domain) {
        return audited("domain.forward-remove", domain, null, () -> domains.removeForward(domain.id()));
    }

    MailinMessage forwardEmail(MailinDomain domain, String email) {
        return audited("domain.email-forward", domain, "forward_to=" + email, () -> domains.forwardEmail(domain.id(), email));
    }

    MailinMessage addSubdomain(MailinDomain domain, String subdomain) {
        return audited("domain.subdomain-add", domain, "subdomain=" + subdomain,
                () -> domains.addSubdomain(subdomain, domain.name()));
    }

    /** A confirmed deletion the approval policy holds back, or empty when it may be sent now. */
    Optional<ApprovalRequest> heldDeletion(MailinDomain domain, String by) {
        return approvals.hold(DomainDeletionApproval.submission(domain, by));
    }

    MailinMessage delete(MailinDomain domain) {
        return audited("domain.delete", domain, "domain and its mailboxes", () -> domains.delete(domain.id()));
    }

    private MailinMessage audited(String action, MailinDomain domain, String summary, Supplier<MailinMessage> call) {
        AuditEntry entry = AuditEntry.of(action, AuditOutcome.SUCCESS).target("domain", domain.id(), domain.name())
                .summary(summary);
        try {
            MailinMessage answer = call.get();
            audit.record(entry.upstream(answer.status(), answer.message(), null));
            return answer;
        } catch (MailinException e) {
            AuditOutcome outcome = e instanceof MailinUnavailableException u && u.outcomeUnknown()
                    ? AuditOutcome.UNKNOWN : AuditOutcome.FAILURE;
            audit.record(AuditEntry.of(action, outcome).target("domain", domain.id(), domain.name()).summary(summary)
                    .upstream(e.status(), e.upstreamMessage() != null ? e.upstreamMessage() : e.outcome(), null));
            throw e;
        }
    }

    private Outcome<MailinDomain> domainOutcome(CompletableFuture<MailinDomain> domain) {
        try {
            return new Outcome<>(domain.join(), null);
        } catch (CompletionException e) {
            if (e.getCause() instanceof MailinNotFoundException notFound) {
                throw notFound;
            }
            if (e.getCause() instanceof MailinException failure) {
                return new Outcome<>(null, MailinProblem.of(failure));
            }
            throw e;
        }
    }

    /** The domain page: the domain itself (D4) and its sending limit (D12), each read or the problem that prevented it. */
    record DomainDetail(long id, Outcome<MailinDomain> domain, Outcome<DomainRateLimit> rateLimit) {

        /** The domain as rows show it (badges, days); null when D4 failed. */
        public DomainRow row() {
            return domain.ok() ? DomainRow.of(domain.value(), false) : null;
        }
    }
}
