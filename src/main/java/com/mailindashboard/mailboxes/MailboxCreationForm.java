package com.mailindashboard.mailboxes;

import java.util.ArrayList;
import java.util.List;

/** The creation form: the provider and the table's rows (a CSV file comes as a separate part). */
public class MailboxCreationForm {

    /** The table is for a handful of rows; more go in a CSV file. */
    static final int MAX_ROWS = 200;

    private MailboxProvider provider = MailboxProvider.SMTP;
    private List<MailboxFormRow> rows = new ArrayList<>();

    public MailboxProvider getProvider() { return provider; }
    public void setProvider(MailboxProvider provider) {
        this.provider = provider == null ? MailboxProvider.SMTP : provider;
    }
    public List<MailboxFormRow> getRows() { return rows; }
    public void setRows(List<MailboxFormRow> rows) { this.rows = rows == null ? new ArrayList<>() : rows; }

    void addRows(int count) {
        for (int i = 0; i < count && rows.size() < MAX_ROWS; i++) {
            rows.add(new MailboxFormRow());
        }
    }

    /** The rows with anything typed in, numbered by their place in the table. */
    List<MailboxCsvRow> filledRows() {
        List<MailboxCsvRow> filled = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            MailboxFormRow row = rows.get(i);
            if (row != null && !row.blank()) {
                filled.add(new MailboxCsvRow(i + 1, value(row.getUsername()), value(row.getName()),
                        value(row.getFirstName()), value(row.getLastName()), value(row.getPassword()), List.of()));
            }
        }
        return filled;
    }

    private static String value(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
