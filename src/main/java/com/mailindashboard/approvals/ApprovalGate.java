package com.mailindashboard.approvals;

import com.mailindashboard.audit.AuditOutcome;
import com.mailindashboard.jobs.OperationLedger;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one seam between the confirm steps and approvals. A confirm offers its submission first:
 * when the policy holds it back, the submission is stored with its operation key and preview
 * (and announced: audit, webhook) and the caller shows "waiting for approval" instead of calling
 * Mailin; otherwise (or when the key already reached the operation ledger) the caller goes on as
 * before. A repeated confirm of a held key finds the same request.
 */
@Service
public class ApprovalGate {

    private final ApprovalPolicies policies;
    private final ApprovalRequestRepository requests;
    private final OperationLedger operations;
    private final ApprovalEvents events;
    private final ApprovalsProperties properties;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;

    ApprovalGate(ApprovalPolicies policies, ApprovalRequestRepository requests, OperationLedger operations,
                 ApprovalEvents events, ApprovalsProperties properties, TransactionTemplate transactions,
                 JsonMapper json, Clock clock) {
        this.policies = policies;
        this.requests = requests;
        this.operations = operations;
        this.events = events;
        this.properties = properties;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    /** The approval request holding this submission back, or empty when it may go to Mailin now. */
    public Optional<ApprovalRequest> hold(ApprovalSubmission submission) {
        Optional<ApprovalRequest> existing = requests.findByOperationKey(submission.operationKey());
        if (existing.isPresent()) {
            return existing;
        }
        if (operations.findByKey(submission.operationKey()).isPresent()
                || !policies.current().requires(submission.action(), submission.amount())) {
            return Optional.empty();
        }
        String preview = json.writeValueAsString(submission.preview());
        try {
            return Optional.of(transactions.execute(status -> {
                Instant now = clock.instant();
                ApprovalRequest stored = requests.saveAndFlush(new ApprovalRequest(submission, preview, now,
                        now.plus(properties.expireAfter())));
                events.record("requested", stored, AuditOutcome.SUCCESS, null);
                return stored;
            }));
        } catch (DataIntegrityViolationException raced) {
            return requests.findByOperationKey(submission.operationKey());
        }
    }

    /**
     * Post-redirect-get to a held submission's page, which says (while it waits) that nothing was
     * sent yet: the confirm steps' answer when {@link #hold} holds their submission.
     */
    public static String redirectTo(ApprovalRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("approvalHeld", true);
        return "redirect:/approvals/" + request.getId();
    }

    /** The request stored under this operation key, if the submission was held. */
    public Optional<ApprovalRequest> heldUnder(String operationKey) {
        return requests.findByOperationKey(operationKey);
    }
}
