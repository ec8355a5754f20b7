package com.mailindashboard.orders;

import com.mailindashboard.gateway.AzureOrder;
import com.mailindashboard.gateway.AzureOrderUploadStatus;
import com.mailindashboard.text.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;

/**
 * A Microsoft order placed through the dashboard: stored under its operation key before Z1 is
 * sent (Z1 answers with no id), linked to Mailin's order once its job finds it in Z2, and carrying
 * the times of its stages (the order page's timeline) and the last upload counts. No secret is kept.
 */
@Entity
@Table(name = "azure_order")
public class PlacedOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String operationKey;
    private Long operationId;
    private Long jobId;
    private Long upstreamId;
    @Column(nullable = false)
    private String domain;
    @Column(nullable = false)
    private String mailboxMode;
    private int mailboxCount;
    private boolean purchase;
    private Long providerId;
    private Long registrarId;
    @Column(nullable = false)
    private String placedBy;
    @Column(nullable = false)
    private Instant placedAt;
    private Instant foundAt;
    private String upstreamStatus;
    private Instant inProgressAt;
    private Instant readyAt;
    private String nameservers;
    private Instant nameserversAt;
    private Integer uploadTotal;
    private Integer uploadUploaded;
    private Integer uploadElsewhere;
    private Integer uploadPending;
    private Integer uploadFailed;
    private Instant uploadStartedAt;
    private Instant uploadedAt;
    @Version
    private Long version;

    protected PlacedOrder() {
    }

    PlacedOrder(String operationKey, OrderDraft draft, String placedBy, Instant now) {
        this.operationKey = operationKey;
        this.domain = draft.domain();
        this.mailboxMode = draft.mode().wire();
        this.mailboxCount = draft.mailboxCount();
        this.purchase = draft.purchase();
        this.providerId = draft.providerId();
        this.registrarId = draft.registrarId();
        this.placedBy = placedBy;
        this.placedAt = now;
    }

    /** An order placed outside the dashboard, followed from now on (its upload after a provider is set or a re-upload). */
    static PlacedOrder adopted(AzureOrder order, String by, Instant placedAt, Instant now) {
        PlacedOrder adopted = new PlacedOrder();
        adopted.operationKey = "adopted-" + order.id();
        adopted.domain = order.domain();
        adopted.mailboxMode = order.mailboxMode() == null ? "auto" : order.mailboxMode();
        adopted.mailboxCount = order.mailboxes().isEmpty() ? 100 : order.mailboxes().size();
        adopted.purchase = order.purchase();
        adopted.providerId = order.providerId();
        adopted.registrarId = order.domainRegistrarId();
        adopted.placedBy = by;
        adopted.placedAt = placedAt == null ? now : placedAt;
        adopted.upstreamId = order.id();
        adopted.foundAt = now;
        return adopted;
    }

    void followedBy(long newJobId) {
        this.jobId = newJobId;
    }

    void link(long orderId, Instant now) {
        this.upstreamId = orderId;
        this.foundAt = now;
    }

    /** Z4's word; the first in-progress and the ready times are kept for the timeline. */
    void status(String status, boolean ready, Instant now) {
        this.upstreamStatus = Texts.fit(status, 100);
        if (inProgressAt == null) {
            inProgressAt = now;
        }
        if (ready && readyAt == null) {
            readyAt = now;
        }
    }

    void nameservers(List<String> names, Instant now) {
        if (!names.isEmpty()) {
            this.nameservers = Texts.fit(String.join("\n", names), 2000);
            if (nameserversAt == null) {
                nameserversAt = now;
            }
        }
    }

    void upload(AzureOrderUploadStatus upload, Instant now) {
        uploadTotal = upload.total();
        uploadUploaded = upload.uploaded();
        uploadElsewhere = upload.alreadyExistsOtherAccount();
        uploadPending = upload.pending();
        uploadFailed = upload.failed();
        if (uploadStartedAt == null) {
            uploadStartedAt = now;
        }
        if (upload.inProgress()) {
            uploadedAt = null;
        } else if (uploadedAt == null) {
            uploadedAt = now;
        }
    }

    /** A new upload (a provider set, a re-upload): its end is news again. */
    void uploadRestarted(Long newProviderId) {
        this.providerId = newProviderId;
        this.uploadedAt = null;
        this.uploadPending = null;
    }

    public Long getId() { return id; }
    public String getOperationKey() { return operationKey; }
    public Long getOperationId() { return operationId; }
    public Long getJobId() { return jobId; }
    public Long getUpstreamId() { return upstreamId; }
    public String getDomain() { return domain; }
    public String getMailboxMode() { return mailboxMode; }
    public int getMailboxCount() { return mailboxCount; }
    public boolean isPurchase() { return purchase; }
    public Long getProviderId() { return providerId; }
    public Long getRegistrarId() { return registrarId; }
    public String getPlacedBy() { return placedBy; }
    public Instant getPlacedAt() { return placedAt; }
    public Instant getFoundAt() { return foundAt; }
    public String getUpstreamStatus() { return upstreamStatus; }
    public Instant getInProgressAt() { return inProgressAt; }
    public Instant getReadyAt() { return readyAt; }
    public List<String> getNameservers() { return Texts.split(nameservers); }
    public Instant getNameserversAt() { return nameserversAt; }
    public Instant getUploadStartedAt() { return uploadStartedAt; }
    public Instant getUploadedAt() { return uploadedAt; }

    /** The last upload counts read (Z11), or null before the first. */
    public AzureOrderUploadStatus getUpload() {
        return uploadTotal == null ? null
                : new AzureOrderUploadStatus(uploadTotal, uploadUploaded, uploadElsewhere, uploadPending, uploadFailed);
    }
}
