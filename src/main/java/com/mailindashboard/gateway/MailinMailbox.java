package com.mailindashboard.gateway;

/**
 * A mailbox as M1/M2/M4 (SMTP) and G5/G6/G8 (Google) return it. SMTP mailboxes carry the rate
 * limit and (in lists and job reports) IMAP/SMTP hosts and ports, Google ones the signature and
 * {@code provider_type}; members a body leaves out are null. {@code status} ("Active", "1") and {@code rate_limit} ("50",
 * "500 / 1h", null) arrive in several shapes, so they are kept as strings.
 */
public record MailinMailbox(
        Long id,
        Long domainId,
        String name,
        String username,
        String password,
        String signature,
        String redirectEmail,
        String status,
        String rateLimit,
        String providerType,
        String imapHost,
        Integer imapPort,
        String smtpHost,
        Integer smtpPort,
        String createdAt,
        String updatedAt) {

    public boolean isGoogle() {
        return "google".equalsIgnoreCase(providerType);
    }

    /** Leaves the password out: mailbox passwords must never reach a log. */
    @Override
    public String toString() {
        return "MailinMailbox[id=" + id + ", domainId=" + domainId + ", username=" + username
                + ", status=" + status + ", providerType=" + providerType + ", password=***]";
    }
}
