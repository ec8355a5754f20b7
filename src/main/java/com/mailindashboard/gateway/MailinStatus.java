package com.mailindashboard.gateway;

import java.util.Locale;
import java.util.Set;

/**
 * How Mailin words a status. The same state arrives as {@code 1}, {@code "1"}, {@code true} or
 * {@code "Active"}; its opposite as {@code 0}, {@code "0"}, {@code false}, {@code "Pending"},
 * {@code "Inactive"} or {@code "Disabled"}. Anything else is a word this dashboard does not know.
 */
public final class MailinStatus {

    private static final Set<String> ACTIVE = Set.of("1", "true", "active");
    private static final Set<String> NOT_ACTIVE = Set.of("0", "false", "pending", "inactive", "disabled");

    private MailinStatus() {
    }

    public static boolean active(String status) {
        return ACTIVE.contains(normalize(status));
    }

    /** Known not to be active (pending, inactive, disabled); false for blanks and unknown words. */
    public static boolean notActive(String status) {
        return NOT_ACTIVE.contains(normalize(status));
    }

    private static String normalize(String status) {
        return status == null ? "" : status.strip().toLowerCase(Locale.ROOT);
    }
}
