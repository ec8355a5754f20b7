package com.mailindashboard.approvals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;

/**
 * The admin's approval policy (one row): which operations wait for a second teammate, and who may
 * approve. The stored default holds nothing back.
 */
@Entity
public class ApprovalPolicy {

    static final long ID = 1L;

    @Id
    private Long id;
    /** Domain purchases (SMTP or Google) of more names than this need approval; null: never for their size. */
    private Integer purchaseNamesOver;
    @Column(nullable = false)
    private boolean googlePurchases;
    @Column(nullable = false)
    private boolean azureOrders;
    /** Verification tasks needing more credits than this need approval; null: never. */
    private Integer verificationCreditsOver;
    @Column(nullable = false)
    private boolean deletions;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Approvers approvers;
    private String updatedBy;
    private Instant updatedAt;
    @Version
    private long version;

    protected ApprovalPolicy() {
    }

    /** Whether a submission of this action and size (names, credits) must wait for approval. */
    public boolean requires(ApprovalAction action, int amount) {
        return switch (action) {
            case DOMAIN_PURCHASE -> over(purchaseNamesOver, amount);
            case GOOGLE_DOMAIN_PURCHASE -> googlePurchases || over(purchaseNamesOver, amount);
            case AZURE_ORDER -> azureOrders;
            case VERIFICATION -> over(verificationCreditsOver, amount);
            case DOMAIN_DELETE, ORDER_DELETE -> deletions;
        };
    }

    public boolean mayApprove(Collection<String> authorities) {
        return approvers.include(authorities);
    }

    private static boolean over(Integer threshold, int amount) {
        return threshold != null && amount > threshold;
    }

    void update(ApprovalPolicyForm form, String by, Instant now) {
        this.purchaseNamesOver = form.purchaseNamesOver();
        this.googlePurchases = form.googlePurchases();
        this.azureOrders = form.azureOrders();
        this.verificationCreditsOver = form.verificationCreditsOver();
        this.deletions = form.deletions();
        this.approvers = form.approvers();
        this.updatedBy = by;
        this.updatedAt = now;
    }

    ApprovalPolicyForm form() {
        return new ApprovalPolicyForm(purchaseNamesOver, googlePurchases, azureOrders, verificationCreditsOver,
                deletions, approvers);
    }

    public Integer getPurchaseNamesOver() {
        return purchaseNamesOver;
    }

    public boolean isGooglePurchases() {
        return googlePurchases;
    }

    public boolean isAzureOrders() {
        return azureOrders;
    }

    public Integer getVerificationCreditsOver() {
        return verificationCreditsOver;
    }

    public boolean isDeletions() {
        return deletions;
    }

    public Approvers getApprovers() {
        return approvers;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
