package com.mailindashboard.mailboxes;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The columns a mailbox CSV can have, each under the names spreadsheets and sequencer exports
 * commonly give it. Headers are compared ignoring case, spaces, hyphens and underscores' spelling
 * ("E-Mail", "Display Name" and "first_name" all match).
 */
public enum MailboxCsvColumn {
    ADDRESS("username", "email", "address", "mailbox", "email_address", "e_mail", "mail", "user_name",
            "mailbox_address"),
    NAME("name", "display_name", "full_name", "fullname", "displayname", "from_name", "sender_name"),
    FIRST_NAME("first_name", "firstname", "given_name", "first"),
    LAST_NAME("last_name", "lastname", "surname", "family_name", "last"),
    PASSWORD("password", "pass", "passwd", "pwd");

    /** Columns of the dashboard's own error download: known, so a fixed file re-uploads without a notice. */
    static final Set<String> OWN_EXTRA_COLUMNS = Set.of("line", "reason");

    private final List<String> aliases;

    MailboxCsvColumn(String... aliases) {
        this.aliases = List.of(aliases);
    }

    /** The name this column has in files the dashboard writes. */
    public String header() {
        return aliases.getFirst();
    }

    public static Optional<MailboxCsvColumn> of(String header) {
        String name = normalize(header);
        for (MailboxCsvColumn column : values()) {
            if (column.aliases.contains(name)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    static String normalize(String header) {
        if (header == null) {
            return "";
        }
        return header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\-.]+", "_").replaceAll("^_+|_+$", "");
    }
}
