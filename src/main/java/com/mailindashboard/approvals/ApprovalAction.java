package com.mailindashboard.approvals;

/**
 * The operations an approval policy can hold back until a second teammate approves them. Each has
 * one {@link ApprovalExecutor} (in its feature) that sends it once approved.
 */
public enum ApprovalAction {
    /** Buying SMTP domains (D6/D8): held over the policy's number of names. */
    DOMAIN_PURCHASE,
    /** Buying Google domains (G2/G3): held always when the policy says so, else over the number of names. */
    GOOGLE_DOMAIN_PURCHASE,
    /** A Microsoft (Azure) order that buys its domain (Z1 with purchase). */
    AZURE_ORDER,
    /** A verification list or file (V3/V4): held over the policy's number of credits. */
    VERIFICATION,
    /** Deleting a domain and its mailboxes (D11). */
    DOMAIN_DELETE,
    /** Deleting a Microsoft order (Z6). */
    ORDER_DELETE
}
