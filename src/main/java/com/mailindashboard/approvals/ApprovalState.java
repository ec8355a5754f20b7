package com.mailindashboard.approvals;

/** Where a held submission stands: waiting, approved (and sent), rejected with a reason, or expired. */
public enum ApprovalState {
    PENDING, APPROVED, REJECTED, EXPIRED;

    public boolean decided() {
        return this != PENDING;
    }
}
