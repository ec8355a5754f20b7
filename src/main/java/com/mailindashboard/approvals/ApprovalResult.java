package com.mailindashboard.approvals;

import com.mailindashboard.gateway.MailinException;
import com.mailindashboard.gateway.MailinMessage;

/**
 * What an approved submission became upstream: the page that shows it (the operation's page), its
 * state in words of the ledger (ACCEPTED, REJECTED, FAILED, OUTCOME_UNKNOWN, DONE...), whether it
 * succeeded, and Mailin's status and message for the audit.
 */
public record ApprovalResult(String path, String state, boolean success, Integer upstreamStatus,
                             String upstreamMessage) {

    /** A held deletion Mailin carried out: the list it was on, with Mailin's answer. */
    public static ApprovalResult deleted(String listPath, MailinMessage answer) {
        return new ApprovalResult(listPath, "DELETED", true, answer.status(), answer.message());
    }

    /** A held deletion Mailin refused or did not answer: the thing's own page, with what Mailin said. */
    public static ApprovalResult deletionFailed(String detailPath, MailinException e) {
        return new ApprovalResult(detailPath, "FAILED", false, e.status(),
                e.upstreamMessage() != null ? e.upstreamMessage() : e.outcome());
    }
}
