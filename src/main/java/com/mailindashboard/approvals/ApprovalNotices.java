package com.mailindashboard.approvals;

import java.util.List;

/** What the layout shows about approvals: the pending count (approvers only) and the requester's decided, unseen requests. */
public record ApprovalNotices(boolean approver, long pendingCount, List<ApprovalRequest> decided) {

    public ApprovalNotices {
        decided = List.copyOf(decided);
    }
}
