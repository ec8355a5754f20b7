package com.mailindashboard.gateway;

import java.util.List;

/**
 * One Azure order of Z2's list, with its provider, registrar (both null when not set) and
 * mailboxes. {@code is_purchase} arrives as 1/0. The documented list carries no status; {@code status}
 * is read when Mailin sends one and is null otherwise (Z4 is the status's source).
 */
public record AzureOrder(Long id, Long userId, List<String> fullName, String domain, String mailboxMode,
                         Long providerId, Long domainRegistrarId, String isPurchase, String createdAt,
                         String updatedAt, InboxProvider provider, Registrar registrar,
                         List<AzureOrderMailbox> mailboxes, String status) {

    public AzureOrder {
        fullName = fullName == null ? List.of() : List.copyOf(fullName);
        mailboxes = mailboxes == null ? List.of() : List.copyOf(mailboxes);
    }

    /** Whether the domain is bought (1) rather than transferred (0). */
    public boolean purchase() {
        return "1".equals(isPurchase) || "true".equalsIgnoreCase(isPurchase);
    }
}
