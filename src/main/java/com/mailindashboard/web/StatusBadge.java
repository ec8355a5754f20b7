package com.mailindashboard.web;

import com.mailindashboard.gateway.MailinStatus;

/**
 * A Mailin status as a readable badge (shown by {@code md:status-badge}, {@link StatusBadgeDialect}): Active, the
 * resource's word for not active (a domain is Pending, a mailbox Inactive), Unknown when Mailin
 * sent nothing, and any other word as Mailin sent it.
 *
 * @param labelKey the message key of the label, or null when {@code text} is shown as it is
 * @param text     Mailin's own word, for states this dashboard does not know
 * @param css      the Bootstrap badge class
 */
public record StatusBadge(String labelKey, String text, String css) {

    /** Badges for domains: not active means pending. */
    public static StatusBadge ofDomain(String status) {
        return of(status, "status.pending", "text-bg-warning");
    }

    /**
     * Badges for a domain's name server setup: what a person checks is whether the registrar
     * points the domain at Mailin's name servers, so that is what the badge says.
     */
    public static StatusBadge ofNameServers(String status) {
        StatusBadge badge = of(status, "status.ns.pending", "text-bg-warning");
        return "status.active".equals(badge.labelKey()) ? new StatusBadge("status.ns.active", null, badge.css()) : badge;
    }

    /** Badges for mailboxes: not active means inactive. */
    public static StatusBadge ofMailbox(String status) {
        return of(status, "status.inactive", "text-bg-secondary");
    }

    private static StatusBadge of(String status, String notActiveKey, String notActiveCss) {
        if (MailinStatus.active(status)) {
            return new StatusBadge("status.active", null, "text-bg-success");
        }
        if (status == null || status.isBlank()) {
            return new StatusBadge("status.unknown", null, "text-bg-light");
        }
        if (MailinStatus.notActive(status)) {
            return new StatusBadge(notActiveKey, null, notActiveCss);
        }
        return new StatusBadge(null, status.strip(), "text-bg-secondary");
    }
}
