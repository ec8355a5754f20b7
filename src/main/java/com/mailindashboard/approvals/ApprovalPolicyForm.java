package com.mailindashboard.approvals;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;

/**
 * The policy section of {@code /settings}: an empty threshold means "never for its size"; 0 means
 * "always". An unticked box is not sent by the browser: it is false. Serializable: a refused form waits in
 * the flash attributes, which live in the session (in the database).
 */
public record ApprovalPolicyForm(@Min(0) @Max(1_000_000) Integer purchaseNamesOver, Boolean googlePurchases,
                                 Boolean azureOrders, @Min(0) @Max(100_000_000) Integer verificationCreditsOver,
                                 Boolean deletions, @NotNull Approvers approvers)
        implements Serializable {

    public ApprovalPolicyForm {
        googlePurchases = Boolean.TRUE.equals(googlePurchases);
        azureOrders = Boolean.TRUE.equals(azureOrders);
        deletions = Boolean.TRUE.equals(deletions);
    }
}
