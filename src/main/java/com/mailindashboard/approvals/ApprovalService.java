package com.mailindashboard.approvals;

import com.mailindashboard.audit.AuditOutcome;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decisions on held submissions. Approving is one conditional update (PENDING, not expired, not the
 * requester's own) that only one teammate can win; the winner sends the stored submission through
 * its feature's {@link ApprovalExecutor}, which goes through the operation ledger under the stored
 * key: two approvers at once, or a double click, still reach Mailin once. Rejecting needs a reason.
 * Pending requests past their time expire (scheduled) and can no longer be approved.
 */
@Service
public class ApprovalService {

    private static final Logger log = LoggerFactory.getLogger(ApprovalService.class);

    private final ApprovalRequestRepository requests;
    private final ApprovalPolicies policies;
    private final ApprovalEvents events;
    private final Map<ApprovalAction, ApprovalExecutor<?>> executors = new EnumMap<>(ApprovalAction.class);
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final ApprovalsProperties properties;
    private final RecentApprovalNotices notices;
    private final Clock clock;

    ApprovalService(ApprovalRequestRepository requests, ApprovalPolicies policies, ApprovalEvents events,
                    List<ApprovalExecutor<?>> executors, TransactionTemplate transactions, JsonMapper json,
                    ApprovalsProperties properties, RecentApprovalNotices notices, Clock clock) {
        this.requests = requests;
        this.policies = policies;
        this.events = events;
        executors.forEach(executor -> this.executors.put(executor.action(), executor));
        this.transactions = transactions;
        this.json = json;
        this.properties = properties;
        this.notices = notices;
        this.clock = clock;
    }

    public Optional<ApprovalRequest> find(long id) {
        return requests.findById(id);
    }

    Page<ApprovalRequest> list(Collection<ApprovalState> states, Collection<ApprovalAction> actions, Pageable page) {
        return actions.isEmpty() ? requests.findByStateInOrderByIdDesc(states, page)
                : requests.findByStateInAndActionInOrderByIdDesc(states, actions, page);
    }

    /** Pending and not yet past their time: what the navigation counts for approvers. */
    long pendingCount() {
        return requests.countByStateAndExpiresAtAfter(ApprovalState.PENDING, clock.instant());
    }

    /** The requester's decided requests they have not opened since: their notices. */
    List<ApprovalRequest> decidedUnseen(String requester) {
        return requests.findByRequestedByAndRequesterSeenFalseOrderByIdDesc(requester);
    }

    void markSeen(long id, String requester) {
        transactions.executeWithoutResult(status -> {
            notices.forget();
            requests.seen(id, requester);
        });
    }

    boolean mayApprove(Collection<String> authorities) {
        return policies.current().mayApprove(authorities);
    }

    /**
     * Approves and sends. Refused (in words) when the teammate is not an approver, asked it
     * themselves, or it is decided or expired already.
     */
    public ApprovalResult approve(long id, String approver, Collection<String> authorities) {
        ApprovalRequest request = decidable(id, approver, authorities);
        ApprovalExecutor<?> executor = executors.get(request.getAction());
        if (executor == null) {
            throw new IllegalStateException("No executor for " + request.getAction());
        }
        ApprovalRequest approved = decide(id, ApprovalState.APPROVED, approver, null);
        return sendAndSettle(executor, approved);
    }

    private ApprovalResult sendAndSettle(ApprovalExecutor<?> executor, ApprovalRequest approved) {
        ApprovalResult result;
        try {
            result = send(executor, approved);
        } catch (RuntimeException e) {
            // stored in the ledger under its key before any call: its page tells what became of it
            log.error("Approved request {} ended unexpectedly: {}", approved.getId(), e.toString());
            result = new ApprovalResult(null, "ERROR", false, null, e.getClass().getSimpleName());
        }
        ApprovalResult settled = result;
        transactions.executeWithoutResult(status -> {
            notices.forget();
            requests.settle(approved.getId(), settled.path(), settled.state());
            events.result(approved, settled);
        });
        return settled;
    }

    /**
     * Approved requests whose send never settled (the process stopped between the approval and
     * Mailin's answer) are sent on: through the operation ledger under their stored key, so one the
     * first attempt did send is found there (or reconciled as an unknown outcome), never sent twice.
     * Only requests approved longer ago than any send can take ({@code resume-after}) are picked up.
     * How many were sent on.
     */
    public int resumeUnsettled() {
        Instant before = clock.instant().minus(properties.resumeAfter());
        int resumed = 0;
        for (ApprovalRequest unsettled : requests.findByStateAndResultStateIsNullAndDecidedAtLessThanEqual(
                ApprovalState.APPROVED, before)) {
            ApprovalExecutor<?> executor = executors.get(unsettled.getAction());
            if (executor != null) {
                log.warn("Approved request {} was never settled: sending it on under its operation key",
                        unsettled.getId());
                sendAndSettle(executor, unsettled);
                resumed++;
            }
        }
        return resumed;
    }

    public ApprovalRequest reject(long id, String rejecter, Collection<String> authorities, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ApprovalRefusal("approvals.refused.reason");
        }
        decidable(id, rejecter, authorities);
        return decide(id, ApprovalState.REJECTED, rejecter, reason.strip());
    }

    /** Expires every pending request past its time; how many. Runs every {@code expiry-interval}. */
    public int expireDue() {
        Instant now = clock.instant();
        int expired = 0;
        for (ApprovalRequest due : requests.findByStateAndExpiresAtLessThanEqual(ApprovalState.PENDING, now)) {
            Boolean done = transactions.execute(status -> {
                notices.forget();
                if (requests.expire(due.getId(), now) == 0) {
                    return false;
                }
                events.record("expired", requests.findById(due.getId()).orElseThrow(), AuditOutcome.SUCCESS, "system");
                return true;
            });
            expired += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return expired;
    }

    private ApprovalRequest decidable(long id, String who, Collection<String> authorities) {
        ApprovalRequest request = requests.findById(id).orElseThrow(() -> new ApprovalRefusal("approvals.refused.missing"));
        if (request.getRequestedBy().equalsIgnoreCase(who)) {
            throw new ApprovalRefusal("approvals.refused.own");
        }
        if (!policies.current().mayApprove(authorities)) {
            throw new ApprovalRefusal("approvals.refused.role");
        }
        if (request.getState().decided()) {
            throw new ApprovalRefusal("approvals.refused.decided");
        }
        if (!request.getExpiresAt().isAfter(clock.instant())) {
            throw new ApprovalRefusal("approvals.refused.expired");
        }
        return request;
    }

    private ApprovalRequest decide(long id, ApprovalState state, String who, String reason) {
        return transactions.execute(status -> {
            notices.forget();
            if (requests.decide(id, state, who, reason, clock.instant()) == 0) {
                // someone else decided first, or it expired in between
                ApprovalRequest now = requests.findById(id).orElseThrow();
                throw new ApprovalRefusal(now.getState() == ApprovalState.PENDING ? "approvals.refused.expired"
                        : "approvals.refused.decided");
            }
            ApprovalRequest decided = requests.findById(id).orElseThrow();
            events.record(state == ApprovalState.APPROVED ? "approved" : "rejected", decided, AuditOutcome.SUCCESS,
                    null);
            return decided;
        });
    }

    private <P> ApprovalResult send(ApprovalExecutor<P> executor, ApprovalRequest request) {
        P preview = json.readValue(request.getPreview(), executor.previewType());
        return executor.execute(request.getOperationKey(), preview, request.getRequestedBy());
    }
}
