package com.mailindashboard.approvals;

/**
 * Sends an approved submission of one action, in the feature that owns it, through the operation
 * ledger under the stored operation key (so it reaches Mailin once, whatever happens around it).
 *
 * @param <P> the preview's type, as the feature gave it to {@link ApprovalGate#hold}
 */
public interface ApprovalExecutor<P> {

    ApprovalAction action();

    Class<P> previewType();

    /** Sends it on behalf of {@code requestedBy} (the job and its notice are theirs); never throws for Mailin's refusals. */
    ApprovalResult execute(String operationKey, P preview, String requestedBy);
}
