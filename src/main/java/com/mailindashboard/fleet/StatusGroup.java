package com.mailindashboard.fleet;

import com.mailindashboard.gateway.MailinStatus;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The status groups the fleet is split by. Mailin words the same state several ways (see
 * {@link MailinStatus}); a bare "not active" ({@code 0}, {@code false}) is pending for a domain
 * (it waits for its DNS) and inactive for a mailbox, as the status badges say. Blanks and words
 * the dashboard does not know are {@link #OTHER}.
 */
public enum StatusGroup {
    ACTIVE, PENDING, INACTIVE, OTHER;

    public static StatusGroup of(String status, boolean domain) {
        if (MailinStatus.active(status)) {
            return ACTIVE;
        }
        String word = status == null ? "" : status.strip().toLowerCase(Locale.ROOT);
        return switch (word) {
            case "pending" -> PENDING;
            case "inactive", "disabled" -> INACTIVE;
            case "0", "false" -> domain ? PENDING : INACTIVE;
            default -> OTHER;
        };
    }

    /** The group as it stands in a URL: {@code ?status=pending}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The group a URL names, ignoring case and blanks; empty for anything else. */
    public static Optional<StatusGroup> fromParam(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip();
        return Arrays.stream(values()).filter(g -> g.key().equalsIgnoreCase(wanted)).findFirst();
    }
}
