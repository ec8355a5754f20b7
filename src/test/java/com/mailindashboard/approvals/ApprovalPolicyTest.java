package com.mailindashboard.approvals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The policy's rules: thresholds are "more than N", flags hold every submission of their kind, roles decide who approves. */
class ApprovalPolicyTest {

    private static ApprovalPolicy policy(Integer namesOver, boolean google, boolean azure, Integer creditsOver,
                                         boolean deletions, Approvers approvers) {
        ApprovalPolicy policy = new ApprovalPolicy();
        policy.update(new ApprovalPolicyForm(namesOver, google, azure, creditsOver, deletions, approvers), "admin@team.test",
                Instant.EPOCH);
        return policy;
    }

    @Test
    void theDefaultHoldsNothing() {
        ApprovalPolicy none = policy(null, false, false, null, false, Approvers.ADMINS);
        for (ApprovalAction action : ApprovalAction.values()) {
            assertThat(none.requires(action, 1_000_000)).as(action.name()).isFalse();
        }
    }

    @Test
    void purchasesAndVerificationsWaitOnlyOverTheirThreshold() {
        ApprovalPolicy policy = policy(5, false, false, 1000, false, Approvers.ADMINS);
        assertThat(policy.requires(ApprovalAction.DOMAIN_PURCHASE, 5)).isFalse();
        assertThat(policy.requires(ApprovalAction.DOMAIN_PURCHASE, 6)).isTrue();
        assertThat(policy.requires(ApprovalAction.GOOGLE_DOMAIN_PURCHASE, 5)).isFalse();
        assertThat(policy.requires(ApprovalAction.GOOGLE_DOMAIN_PURCHASE, 6)).isTrue();
        assertThat(policy.requires(ApprovalAction.VERIFICATION, 1000)).isFalse();
        assertThat(policy.requires(ApprovalAction.VERIFICATION, 1001)).isTrue();
        assertThat(policy.requires(ApprovalAction.AZURE_ORDER, 100)).isFalse();
        assertThat(policy.requires(ApprovalAction.DOMAIN_DELETE, 1)).isFalse();
    }

    @Test
    void flagsHoldEverySubmissionOfTheirKind() {
        ApprovalPolicy policy = policy(null, true, true, null, true, Approvers.ADMINS);
        assertThat(policy.requires(ApprovalAction.GOOGLE_DOMAIN_PURCHASE, 1)).isTrue();
        assertThat(policy.requires(ApprovalAction.DOMAIN_PURCHASE, 1000)).isFalse();
        assertThat(policy.requires(ApprovalAction.AZURE_ORDER, 100)).isTrue();
        assertThat(policy.requires(ApprovalAction.DOMAIN_DELETE, 1)).isTrue();
        assertThat(policy.requires(ApprovalAction.ORDER_DELETE, 1)).isTrue();
    }

    @Test
    void theApproversAreAdminsOrAdminsAndOperatorsNeverViewers() {
        ApprovalPolicy admins = policy(null, false, false, null, false, Approvers.ADMINS);
        ApprovalPolicy both = policy(null, false, false, null, false, Approvers.ADMINS_AND_OPERATORS);
        assertThat(admins.mayApprove(List.of("ROLE_ADMIN"))).isTrue();
        assertThat(admins.mayApprove(List.of("ROLE_OPERATOR"))).isFalse();
        assertThat(both.mayApprove(List.of("ROLE_OPERATOR", "FACTOR_PASSWORD"))).isTrue();
        assertThat(both.mayApprove(List.of("ROLE_VIEWER"))).isFalse();
    }
}
