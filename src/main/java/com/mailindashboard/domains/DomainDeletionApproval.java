package com.mailindashboard.domains;

import com.mailindashboard.approvals.ApprovalAction;
import com.mailindashboard.approvals.ApprovalExecutor;
import com.mailindashboard.approvals.ApprovalResult;
import com.mailindashboard.approvals.ApprovalSubmission;
import com.mailindashboard.gateway.MailinDomain;
import com.mailindashboard.gateway.MailinException;
import com.mailindashboard.gateway.MailinMessage;
import org.springframework.stereotype.Component;

/**
 * Deleting a domain (D11) under the approval policy: the confirmed deletion is held with the
 * domain's id and name; once approved (one approver wins the decision, so it is sent once) it is
 * deleted and audited like a direct one.
 */
@Component
class DomainDeletionApproval implements ApprovalExecutor<DomainDeletionApproval.Held> {

    /** The domain to delete, by Mailin id and the name its requester typed to confirm. */
    record Held(long domainId, String name) {
    }

    private final DomainDetailService details;

    DomainDeletionApproval(DomainDetailService details) {
        this.details = details;
    }

    /** A deletion has no preview key: each confirmed deletion is its own request. */
    static ApprovalSubmission submission(MailinDomain domain, String requestedBy) {
        return ApprovalSubmission.deletion(ApprovalAction.DOMAIN_DELETE, domain.name(),
                new Held(domain.id(), domain.name()), requestedBy);
    }

    @Override
    public ApprovalAction action() {
        return ApprovalAction.DOMAIN_DELETE;
    }

    @Override
    public Class<Held> previewType() {
        return Held.class;
    }

    @Override
    public ApprovalResult execute(String operationKey, Held held, String requestedBy) {
        try {
            MailinMessage answer = details.delete(details.domain(held.domainId()));
            return ApprovalResult.deleted("/domains", answer);
        } catch (MailinException e) {
            return ApprovalResult.deletionFailed("/domains/" + held.domainId(), e);
        }
    }
}
