package com.mailindashboard.approvals;

import com.mailindashboard.notices.NoticesProperties;
import com.mailindashboard.notices.RecentAnswers;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The layout's approval count and notices, remembered for {@code dashboard.notices.fresh-for} and dropped by
 * every change to a request or to the policy this instance makes ({@link ApprovalRequestChanges}, the
 * service's decisions, expiries and "seen" updates, a policy save).
 */
@Component
class RecentApprovalNotices {

    private final RecentAnswers<Set<String>, Boolean> approvers;
    private final RecentAnswers<Boolean, Long> pending;
    private final RecentAnswers<String, List<ApprovalRequest>> decided;

    RecentApprovalNotices(NoticesProperties properties) {
        this.approvers = new RecentAnswers<>(properties.freshFor());
        this.pending = new RecentAnswers<>(properties.freshFor());
        this.decided = new RecentAnswers<>(properties.freshFor());
    }

    ApprovalNotices of(ApprovalService approvals, String teammate, Collection<String> authorities) {
        boolean approver = approvers.get(Set.copyOf(authorities), approvals::mayApprove);
        long waiting = approver ? pending.get(Boolean.TRUE, all -> approvals.pendingCount()) : 0;
        return new ApprovalNotices(approver, waiting, decided.get(teammate, approvals::decidedUnseen));
    }

    void forget() {
        approvers.forget();
        pending.forget();
        decided.forget();
    }
}
