package com.mailindashboard.mailboxes;

import java.util.Locale;

/**
 * A mailbox status as a badge. Mailin words it "Active", "1", "0" and the like; what it does not
 * recognise is shown as it came ({@code raw}) with a neutral warning colour.
 *
 * @param key {@code active}, {@code inactive}, {@code unknown} or {@code other}
 */
public record MailboxStatus(String key, String raw, String badge) {

    static MailboxStatus of(String raw) {
        String value = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "active", "1", "true" -> new MailboxStatus("active", raw, "text-bg-success");
            case "inactive", "0", "false", "disabled" -> new MailboxStatus("inactive", raw, "text-bg-secondary");
            case "" -> new MailboxStatus("unknown", raw, "text-bg-light");
            default -> new MailboxStatus("other", raw, "text-bg-warning");
        };
    }

    public boolean known() {
        return !"other".equals(key);
    }
}
