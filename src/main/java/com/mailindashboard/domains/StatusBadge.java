package com.mailindashboard.domains;

import java.util.Locale;
import java.util.Set;

/**
 * A Mailin status as a readable badge. Mailin words the same state as {@code 1}, {@code "1"} or
 * {@code "Active"}, and {@code 0} or {@code "Pending"}: those become Active and Pending; any other
 * word is shown as Mailin sent it; nothing at all is "unknown".
 *
 * @param labelKey the message key of the label, or null when {@code text} is shown as it is
 * @param text     Mailin's own word, for states this helper does not know
 * @param css      the Bootstrap badge class
 */
public record StatusBadge(String labelKey, String text, String css) {

    private static final Set<String> PENDING = Set.of("0", "pending", "false");

    public static StatusBadge of(String status) {
        if (DomainLookup.active(status)) {
            return new StatusBadge("domains.status.active", null, "text-bg-success");
        }
        if (status == null || status.isBlank()) {
            return new StatusBadge("domains.status.unknown", null, "text-bg-light");
        }
        if (PENDING.contains(status.strip().toLowerCase(Locale.ROOT))) {
            return new StatusBadge("domains.status.pending", null, "text-bg-warning");
        }
        return new StatusBadge(null, status.strip(), "text-bg-secondary");
    }
}
