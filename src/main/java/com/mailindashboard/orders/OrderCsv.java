package com.mailindashboard.orders;

import com.mailindashboard.csv.CsvRecord;
import com.mailindashboard.csv.CsvRecordReader;
import com.mailindashboard.csv.CsvUnreadableException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an order's names or mailboxes from a CSV file (streamed by the shared reader) into the
 * lines of the form's text boxes, so an upload is checked, shown and kept exactly like typed rows.
 * A header row is recognised by its column names (name, full_name, first_name/last_name, email,
 * address, username); without one, the cell with an {@code @} is the address and the other the name.
 */
final class OrderCsv {

    static final int MAX_ROWS = 1_000;
    static final long MAX_BYTES = 1_000_000;
    private static final int MAX_CELL_BYTES = 1_000;

    private OrderCsv() {
    }

    /** Refused as a whole: the message key and its arguments. */
    static final class Refused extends Exception {
        private final String key;
        private final Object[] arguments;

        Refused(String key, Object... arguments) {
            super(key, null, false, false);
            this.key = key;
            this.arguments = arguments;
        }

        String key() {
            return key;
        }

        Object[] arguments() {
            return arguments;
        }
    }

    /** Lines of "Name, address" (manual) or one full name each (auto). */
    static List<String> read(InputStream in, MailboxMode mode) throws IOException, Refused {
        List<String> lines = new ArrayList<>();
        try (CsvRecordReader reader = CsvRecordReader.open(in, MAX_CELL_BYTES, MAX_BYTES)) {
            Columns columns = null;
            boolean first = true;
            for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
                if (record.notUtf8()) {
                    throw new Refused("orders.csv.not-utf8", record.line());
                }
                if (first) {
                    first = false;
                    columns = Columns.of(record.cells());
                    if (columns != null) {
                        continue;
                    }
                }
                String line = mode == MailboxMode.AUTO ? name(record, columns) : mailbox(record, columns);
                if (!line.isBlank()) {
                    lines.add(line);
                }
                if (lines.size() > MAX_ROWS) {
                    throw new Refused("orders.csv.too-many", MAX_ROWS);
                }
            }
        } catch (CsvUnreadableException e) {
            throw e.reason() == CsvUnreadableException.Reason.UTF16 ? new Refused("orders.csv.utf16")
                    : new Refused("orders.csv.too-large", MAX_BYTES / 1000);
        }
        return lines;
    }

    private static String name(CsvRecord record, Columns columns) {
        if (columns != null && columns.name >= 0) {
            return clean(record.cell(columns.name));
        }
        if (columns != null && columns.first >= 0) {
            return (clean(record.cell(columns.first)) + " " + clean(record.cell(columns.last))).strip();
        }
        return clean(record.cell(0));
    }

    private static String mailbox(CsvRecord record, Columns columns) {
        String email;
        String name;
        if (columns != null && columns.email >= 0) {
            email = clean(record.cell(columns.email));
            name = name(record, columns.name >= 0 || columns.first >= 0 ? columns : null);
            if (columns.name < 0 && columns.first < 0) {
                name = record.cells().size() > 1 ? clean(record.cell(columns.email == 0 ? 1 : 0)) : "";
            }
        } else {
            String a = clean(record.cell(0));
            String b = clean(record.cell(1));
            boolean firstIsEmail = a.contains("@");
            email = firstIsEmail ? a : b;
            name = firstIsEmail ? b : a;
        }
        if (email.isEmpty() && name.isEmpty()) {
            return "";
        }
        return name + ", " + email;
    }

    private static String clean(String cell) {
        return cell == null ? "" : cell.strip();
    }

    private record Columns(int name, int first, int last, int email) {

        static Columns of(List<String> header) {
            int name = -1;
            int first = -1;
            int last = -1;
            int email = -1;
            for (int i = 0; i < header.size(); i++) {
                String title = header.get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_');
                switch (title) {
                    case "name", "full_name", "fullname", "display_name" -> name = i;
                    case "first_name", "firstname" -> first = i;
                    case "last_name", "lastname" -> last = i;
                    case "email", "address", "username", "email_address" -> email = i;
                    default -> { }
                }
            }
            return name < 0 && first < 0 && email < 0 ? null : new Columns(name, first, last, email);
        }
    }
}
