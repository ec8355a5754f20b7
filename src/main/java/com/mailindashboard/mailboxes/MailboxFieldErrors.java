package com.mailindashboard.mailboxes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mailin's per-field errors on a creation request ({@code "mailboxes.0.username": [...]}) by the
 * position of the row in the request. Laravel names the field in its message ("The
 * mailboxes.0.username has already been taken."): the row prefix is dropped, since the row is
 * shown beside it. Errors not about one row ({@code "mailboxes": [...]}) are kept apart.
 */
record MailboxFieldErrors(Map<Integer, List<String>> byRow, List<String> general) {

    private static final Pattern ROW_FIELD = Pattern.compile("^mailboxes\\.(\\d+)\\.(\\w+)$");
    private static final Pattern ROW_PREFIX = Pattern.compile("mailboxes\\.\\d+\\.");

    static MailboxFieldErrors of(Map<String, List<String>> fieldErrors) {
        Map<Integer, List<String>> byRow = new TreeMap<>();
        List<String> general = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : new LinkedHashMap<>(fieldErrors).entrySet()) {
            Matcher field = ROW_FIELD.matcher(entry.getKey());
            if (!field.matches()) {
                general.addAll(entry.getValue().stream().map(MailboxFieldErrors::clean).toList());
                continue;
            }
            int row;
            try {
                row = Integer.parseInt(field.group(1));
            } catch (NumberFormatException tooLarge) {
                general.addAll(entry.getValue().stream().map(MailboxFieldErrors::clean).toList());
                continue;
            }
            List<String> messages = byRow.computeIfAbsent(row, r -> new ArrayList<>());
            for (String message : entry.getValue()) {
                messages.add(clean(message == null || message.isBlank() ? field.group(2) : message));
            }
        }
        return new MailboxFieldErrors(byRow, general);
    }

    /** Whether the errors say which rows are wrong (only those rows, within {@code rowCount}). */
    boolean namesRows(int rowCount) {
        return !byRow.isEmpty() && general.isEmpty() && byRow.keySet().stream().allMatch(row -> row < rowCount);
    }

    List<String> of(int row) {
        return byRow.getOrDefault(row, List.of());
    }

    private static String clean(String message) {
        return message == null ? "" : ROW_PREFIX.matcher(message).replaceAll("").strip();
    }
}
