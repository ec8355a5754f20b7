package com.mailindashboard.orders;

import com.mailindashboard.gateway.AzureOrder;
import com.mailindashboard.gateway.AzureOrderUploadStatus;
import com.mailindashboard.web.StatusBadge;
import java.time.Instant;
import java.util.Locale;

/**
 * One order as the list and the order page show it: Mailin's order, joined with what the dashboard
 * knows when it placed it (who, the last status and upload counts its job read).
 */
record OrderRow(AzureOrder order, PlacedOrder placed) {

    public long id() {
        return order.id();
    }

    public String domain() {
        return order.domain();
    }

    /** Mailin's status word: the list's own when it has one, else the last one the order's job read. */
    public String status() {
        if (order.status() != null && !order.status().isBlank()) {
            return order.status();
        }
        return placed == null ? null : placed.getUpstreamStatus();
    }

    public boolean ready() {
        return "ready".equalsIgnoreCase(status());
    }

    public StatusBadge badge() {
        return badgeOf(status());
    }

    static StatusBadge badgeOf(String status) {
        if (status == null || status.isBlank()) {
            return new StatusBadge("status.unknown", null, "text-bg-light");
        }
        if ("ready".equalsIgnoreCase(status)) {
            return new StatusBadge("orders.status.ready", null, "text-bg-success");
        }
        return new StatusBadge(null, status.strip(), "text-bg-primary");
    }

    public int mailboxCount() {
        if (!order.mailboxes().isEmpty()) {
            return order.mailboxes().size();
        }
        return placed == null ? 0 : placed.getMailboxCount();
    }

    public String providerName() {
        if (order.provider() != null) {
            return order.provider().name();
        }
        return order.providerId() == null ? null : "#" + order.providerId();
    }

    public String registrarName() {
        if (order.registrar() != null) {
            return order.registrar().name();
        }
        return order.domainRegistrarId() == null ? null : "#" + order.domainRegistrarId();
    }

    public AzureOrderUploadStatus upload() {
        return placed == null ? null : placed.getUpload();
    }

    public Instant createdAt() {
        return OrderFinder.createdAt(order).orElse(placed == null ? null : placed.getPlacedAt());
    }

    public String placedBy() {
        return placed == null ? null : placed.getPlacedBy();
    }

    /** Whether the row passes the list's filters (status word and a part of the domain). */
    boolean matches(String statusFilter, String domainFilter) {
        boolean statusOk = statusFilter == null || statusFilter.isBlank()
                || ("unknown".equals(statusFilter) ? status() == null
                : statusFilter.equalsIgnoreCase(status() == null ? "" : status().strip()));
        boolean domainOk = domainFilter == null || domainFilter.isBlank() || (domain() != null
                && domain().toLowerCase(Locale.ROOT).contains(domainFilter.strip().toLowerCase(Locale.ROOT)));
        return statusOk && domainOk;
    }
}
