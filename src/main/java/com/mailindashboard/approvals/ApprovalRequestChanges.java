package com.mailindashboard.approvals;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/** Every request written through JPA drops the layout's remembered approval count and notices. */
class ApprovalRequestChanges {

    private final RecentApprovalNotices notices;

    ApprovalRequestChanges(RecentApprovalNotices notices) {
        this.notices = notices;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(ApprovalRequest request) {
        notices.forget();
    }
}
