package com.mailindashboard.approvals;

/**
 * What an approved submission became upstream: the page that shows it (the operation's page), its
 * state in words of the ledger (ACCEPTED, REJECTED, FAILED, OUTCOME_UNKNOWN, DONE...), whether it
 * succeeded, and Mailin's status and message for the audit.
 */
public record ApprovalResult(String path, String state, boolean success, Integer upstreamStatus,
                             String upstreamMessage) {
}
