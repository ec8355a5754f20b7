package com.mailindashboard.approvals;

import com.mailindashboard.audit.AuditEntry;
import com.mailindashboard.audit.AuditLog;
import com.mailindashboard.audit.AuditOutcome;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The approval policy: read for every confirm, changed by an admin on {@code /settings} (audited). */
@Service
public class ApprovalPolicies {

    private final ApprovalPolicyRepository policies;
    private final AuditLog audit;
    private final RecentApprovalNotices notices;
    private final Clock clock;

    ApprovalPolicies(ApprovalPolicyRepository policies, AuditLog audit, RecentApprovalNotices notices, Clock clock) {
        this.policies = policies;
        this.audit = audit;
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ApprovalPolicy current() {
        return policies.findById(ApprovalPolicy.ID).orElseThrow();
    }

    @Transactional
    public void save(ApprovalPolicyForm form, String by) {
        ApprovalPolicy policy = policies.findById(ApprovalPolicy.ID).orElseThrow();
        policy.update(form, by, clock.instant());
        notices.forget();
        audit.record(AuditEntry.of("settings.approvals", AuditOutcome.SUCCESS)
                .target("settings", "approval-policy", null)
                .summary("purchaseNamesOver=" + form.purchaseNamesOver() + ", googlePurchases=" + form.googlePurchases()
                        + ", azureOrders=" + form.azureOrders() + ", verificationCreditsOver="
                        + form.verificationCreditsOver() + ", deletions=" + form.deletions()
                        + ", approvers=" + form.approvers()));
    }
}
