package com.mailindashboard.domains;

import com.mailindashboard.jobs.JobKind;
import java.util.Arrays;
import java.util.Optional;

/** Where a domain is bought or transferred: Mailin's SMTP infrastructure, Google Workspace or Inboxkit. */
public enum DomainProvider {
    SMTP(JobKind.DOMAIN_PURCHASE, JobKind.DOMAIN_TRANSFER),
    GOOGLE(JobKind.GOOGLE_DOMAIN_PURCHASE, JobKind.GOOGLE_DOMAIN_TRANSFER),
    INBOXKIT(null, JobKind.INBOXKIT_DOMAIN_TRANSFER);

    private final JobKind purchaseKind;
    private final JobKind transferKind;

    DomainProvider(JobKind purchaseKind, JobKind transferKind) {
        this.purchaseKind = purchaseKind;
        this.transferKind = transferKind;
    }

    public JobKind purchaseKind() {
        return purchaseKind;
    }

    public JobKind transferKind() {
        return transferKind;
    }

    public boolean purchasable() {
        return purchaseKind != null;
    }

    /** The provider whose purchases or transfers a job kind follows; empty for kinds that are not about domains. */
    public static Optional<DomainProvider> ofKind(JobKind kind) {
        for (DomainProvider provider : values()) {
            if (kind != null && (kind == provider.purchaseKind || kind == provider.transferKind)) {
                return Optional.of(provider);
            }
        }
        return Optional.empty();
    }

    /** Whether a job kind is a purchase (rather than a transfer) of domains. */
    public static boolean isPurchase(JobKind kind) {
        return kind != null && Arrays.stream(values()).anyMatch(p -> p.purchaseKind == kind);
    }
}
