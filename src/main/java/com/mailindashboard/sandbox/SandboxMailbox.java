package com.mailindashboard.sandbox;

import static com.mailindashboard.sandbox.SandboxBodies.ordered;

import java.time.Instant;
import java.util.Map;

/**
 * A mailbox of the account. {@code redirectEmail} is the forwarding address (G14-G16);
 * {@code secret} and {@code appPassword} exist for Google mailboxes only (G11).
 */
record SandboxMailbox(long id, long domainId, SandboxProvider provider, String name, String username,
                      String password, String redirectEmail, String signature, int rateLimitPerHour,
                      String secret, String appPassword, Instant createdAt, Instant updatedAt) {

    static final int DEFAULT_RATE_LIMIT = 50;
    static final int IMAP_PORT = 993;
    static final int SMTP_PORT = 465;

    /** A new mailbox from a completed creation job. */
    static SandboxMailbox created(long id, long domainId, MailboxDraft draft, Instant now) {
        boolean google = draft.provider().google();
        return new SandboxMailbox(id, domainId, draft.provider(), draft.name(), draft.username(), draft.password(),
                null, null, DEFAULT_RATE_LIMIT, google ? SandboxRandom.totpSecret() : null,
                google ? SandboxRandom.appPassword() : null, now, now);
    }

    SandboxMailbox renamed(String newName, Instant now) {
        return changed(newName, password, redirectEmail, signature, now);
    }

    SandboxMailbox withPassword(String newPassword, Instant now) {
        return changed(name, newPassword, redirectEmail, signature, now);
    }

    /** Forwarding to {@code email}, or none when null. */
    SandboxMailbox forwardingTo(String email, Instant now) {
        return changed(name, password, email, signature, now);
    }

    /** With {@code text} as signature, or none when null. */
    SandboxMailbox signedWith(String text, Instant now) {
        return changed(name, password, redirectEmail, text, now);
    }

    private SandboxMailbox changed(String newName, String newPassword, String newRedirectEmail, String newSignature,
                                   Instant now) {
        return new SandboxMailbox(id, domainId, provider, newName, username, newPassword, newRedirectEmail,
                newSignature, rateLimitPerHour, secret, appPassword, createdAt, now);
    }

    /** M1's and M4's item for SMTP mailboxes (with IMAP/SMTP settings), G5's and G8's for Google ones. */
    Map<String, Object> listItem() {
        if (provider.google()) {
            return googleItem();
        }
        String host = "mail." + SandboxRules.domainOf(username);
        return ordered("id", id, "domain_id", domainId, "name", name, "username", username, "password", password,
                "redirect_email", redirectEmail, "status", "Active", "rate_limit", String.valueOf(rateLimitPerHour),
                "imap_host", host, "imap_port", IMAP_PORT, "smtp_host", host, "smtp_port", SMTP_PORT,
                "created_at", SandboxTime.wire(createdAt), "updated_at", SandboxTime.wire(updatedAt));
    }

    /** M2's object for SMTP mailboxes, G6's for Google ones. */
    Map<String, Object> detail() {
        if (provider.google()) {
            return googleItem();
        }
        return ordered("id", id, "domain_id", domainId, "name", name, "username", username, "password", password,
                "redirect_email", redirectEmail, "status", "Active", "rate_limit", rateLimitText(),
                "created_at", SandboxTime.wire(createdAt), "updated_at", SandboxTime.wire(updatedAt));
    }

    /** M8's object. */
    Map<String, Object> rateLimit() {
        return ordered("id", id, "username", username, "rate_limit", rateLimitText());
    }

    /** G11's object. */
    Map<String, Object> credentials() {
        return ordered("error", false, "message", "Mailbox credentials retrieved successfully",
                "password", password, "secret", secret, "app_password", appPassword);
    }

    private Map<String, Object> googleItem() {
        return ordered("id", id, "domain_id", domainId, "name", name, "username", username, "password", password,
                "signature", signature, "redirect_email", redirectEmail, "status", "1", "provider_type", "google",
                "created_at", SandboxTime.wire(createdAt), "updated_at", SandboxTime.wire(updatedAt));
    }

    private String rateLimitText() {
        return rateLimitPerHour + " / 1h";
    }
}
