package com.mailindashboard.mailboxes;

import java.util.List;

/**
 * One row as read (from a CSV record or a line of the form's table), values stripped; null when
 * the column is absent or the cell is empty. {@code problems} are what reading found wrong (bytes
 * that are not UTF-8, a quote never closed, a value too long, cells beyond the header).
 */
public record MailboxCsvRow(int line, String address, String name, String firstName, String lastName,
                            String password, List<String> problems) {

    public MailboxCsvRow {
        problems = List.copyOf(problems);
    }

    /** Leaves the password out: it must never reach a log. */
    @Override
    public String toString() {
        return "MailboxCsvRow[line=" + line + ", address=" + address + ", name=" + name + ", firstName=" + firstName
                + ", lastName=" + lastName + ", password=" + (password == null ? null : "***") + ", problems="
                + problems + "]";
    }
}
