package com.mailindashboard.domains;

import com.mailindashboard.jobs.JobKind;

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
}
