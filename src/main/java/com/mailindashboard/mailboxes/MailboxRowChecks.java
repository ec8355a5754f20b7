package com.mailindashboard.mailboxes;

import com.mailindashboard.csv.CsvCells;
import com.mailindashboard.text.DomainNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The checks a row needs no upstream call for: address syntax, names (with a formula guard),
 * password length and duplicates within the same upload (the first occurrence is kept). One
 * instance per pass over a source, so duplicates are found in upload order.
 */
final class MailboxRowChecks {

    static final int MAX_ADDRESS = 254;
    static final int MAX_NAME = 255;
    static final int MIN_PASSWORD = 8;
    static final int MAX_PASSWORD = 24;
    private static final Pattern LOCAL_PART = Pattern.compile("^[a-z0-9_+-]+(?:\\.[a-z0-9_+-]+)*$");

    private final MailboxProvider provider;
    private final Map<String, Integer> firstLine = new HashMap<>();

    MailboxRowChecks(MailboxProvider provider) {
        this.provider = provider;
    }

    MailboxRowVerdict check(MailboxCsvRow row) {
        List<String> problems = new ArrayList<>(row.problems());
        String address = row.address();
        String domain = null;
        if (address == null) {
            problems.add("address.missing");
        } else {
            String lower = address.toLowerCase(Locale.ROOT);
            if (validAddress(lower)) {
                address = lower;
                domain = lower.substring(lower.indexOf('@') + 1);
            } else {
                problems.add("address.invalid");
            }
        }
        String name = null;
        String firstName = null;
        String lastName = null;
        String password = null;
        if (provider.google()) {
            firstName = row.firstName();
            lastName = row.lastName();
            if (firstName == null && lastName == null && row.name() != null) {
                String[] parts = row.name().split("\\s+", 2);
                firstName = parts[0];
                lastName = parts.length > 1 ? parts[1] : null;
            }
            checkName(firstName, "first-name", problems);
            checkName(lastName, "last-name", problems);
        } else {
            name = row.name();
            if (name == null && (row.firstName() != null || row.lastName() != null)) {
                name = String.join(" ", nonNull(row.firstName(), row.lastName()));
            }
            checkName(name, "name", problems);
            password = row.password();
            if (password != null && (password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD)) {
                problems.add("password.length");
            }
        }
        if (hasControl(name) || hasControl(firstName) || hasControl(lastName) || hasControl(password)) {
            problems.add("control");
        }
        if (address != null && address.length() > MAX_ADDRESS && !problems.contains("too-long")) {
            problems.add("too-long");
        }
        if (domain != null) {
            Integer first = firstLine.putIfAbsent(address, row.line());
            if (first != null) {
                problems.add("duplicate:" + first);
            }
        }
        return new MailboxRowVerdict(row.line(), address, domain, name, firstName, lastName, password, problems);
    }

    static boolean validAddress(String address) {
        int at = address.indexOf('@');
        if (at <= 0 || at != address.lastIndexOf('@') || at > 64 || address.length() > MAX_ADDRESS) {
            return false;
        }
        return LOCAL_PART.matcher(address.substring(0, at)).matches()
                && DomainNames.valid(address.substring(at + 1));
    }

    /** Line breaks, tabs and other control characters: a quoted cell can hold them, a mailbox field cannot. */
    private static boolean hasControl(String value) {
        if (value == null) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                return true;
            }
        }
        return false;
    }

    private static void checkName(String value, String field, List<String> problems) {
        if (value == null) {
            problems.add(field + ".missing");
        } else if (CsvCells.startsLikeFormula(value)) {
            problems.add(field + ".formula");
        } else if (value.length() > MAX_NAME && !problems.contains("too-long")) {
            problems.add("too-long");
        }
    }

    private static List<String> nonNull(String... values) {
        List<String> kept = new ArrayList<>();
        for (String value : values) {
            if (value != null) {
                kept.add(value);
            }
        }
        return kept;
    }
}
