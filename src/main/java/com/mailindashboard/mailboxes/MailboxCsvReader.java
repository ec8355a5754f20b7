package com.mailindashboard.mailboxes;

import com.mailindashboard.csv.CsvCells;
import com.mailindashboard.csv.CsvRecord;
import com.mailindashboard.csv.CsvRecordReader;
import com.mailindashboard.csv.CsvUnreadableException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a mailbox CSV row by row, streaming its records from a {@link CsvRecordReader} (which
 * sniffs the delimiter, reads quotes and line breaks and marks a record whose cells are not UTF-8
 * or too long).
 *
 * <p>The first record is the header when one of its cells names a known column
 * ({@link MailboxCsvColumn}); a file whose first cell is an address has no header and is read in
 * the provider's column order. Too many rows or bytes end the reading with a
 * {@link MailboxCreationRefusal}.
 */
public final class MailboxCsvReader implements MailboxRows {

    /** The longest cell kept; the rest of a longer cell is skipped and the row marked. */
    static final int MAX_CELL_BYTES = 4096;

    private final CsvRecordReader records;
    private final MailboxProvider provider;
    private final int maxRows;
    private final long maxBytes;
    private final List<String> notices = new ArrayList<>();
    private final Map<MailboxCsvColumn, Integer> columns = new EnumMap<>(MailboxCsvColumn.class);
    private int width;
    private int rows;
    private MailboxCsvRow pending;

    private MailboxCsvReader(CsvRecordReader records, MailboxProvider provider, int maxRows, long maxBytes) {
        this.records = records;
        this.provider = provider;
        this.maxRows = maxRows;
        this.maxBytes = maxBytes;
    }

    /**
     * Opens a reader: reads the byte order mark, sniffs the delimiter and reads the header.
     *
     * @throws MailboxCreationRefusal when the file is empty, UTF-16, too large, or has no address column
     */
    public static MailboxCsvReader open(InputStream in, MailboxProvider provider, int maxRows,
                                        long maxBytes) throws IOException {
        CsvRecordReader records;
        try {
            records = CsvRecordReader.open(in, MAX_CELL_BYTES, maxBytes);
        } catch (CsvUnreadableException e) {
            throw refusal(e, maxBytes);
        }
        MailboxCsvReader reader = new MailboxCsvReader(records, provider, maxRows, maxBytes);
        try {
            reader.readHeader();
            return reader;
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    @Override
    public List<String> notices() {
        return List.copyOf(notices);
    }

    /** The column positions in use (after header detection). */
    Map<MailboxCsvColumn, Integer> columns() {
        return Map.copyOf(columns);
    }

    char delimiter() {
        return records.delimiter();
    }

    @Override
    public MailboxCsvRow next() throws IOException {
        if (pending != null) {
            MailboxCsvRow row = pending;
            pending = null;
            return counted(row);
        }
        CsvRecord record = nextRecord();
        return record == null ? null : counted(toRow(record));
    }

    @Override
    public void close() throws IOException {
        records.close();
    }

    private MailboxCsvRow counted(MailboxCsvRow row) {
        if (++rows > maxRows) {
            throw new MailboxCreationRefusal("mailboxes.csv.too-many-rows", maxRows);
        }
        return row;
    }

    private CsvRecord nextRecord() throws IOException {
        try {
            return records.next();
        } catch (CsvUnreadableException e) {
            throw refusal(e, maxBytes);
        }
    }

    private static MailboxCreationRefusal refusal(CsvUnreadableException e, long maxBytes) {
        return switch (e.reason()) {
            case UTF16 -> new MailboxCreationRefusal("mailboxes.csv.utf16");
            case TOO_LARGE -> new MailboxCreationRefusal("mailboxes.csv.too-large", sizeLabel(maxBytes));
        };
    }

    // ---- header ----

    private void readHeader() throws IOException {
        CsvRecord header = nextRecord();
        if (header == null) {
            throw new MailboxCreationRefusal("mailboxes.csv.empty");
        }
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cells().get(i);
            var column = MailboxCsvColumn.of(name);
            if (column.isPresent() && !columns.containsKey(column.get())) {
                columns.put(column.get(), i);
            } else if (!name.isBlank()
                    && !MailboxCsvColumn.OWN_EXTRA_COLUMNS.contains(MailboxCsvColumn.normalize(name))) {
                ignored.add(name.strip().replaceAll("\\s+", " "));
            }
        }
        notices.add("delimiter:" + delimiterName(records.delimiter()));
        if (columns.isEmpty()) {
            readHeaderless(header);
            return;
        }
        if (!columns.containsKey(MailboxCsvColumn.ADDRESS)) {
            throw new MailboxCreationRefusal("mailboxes.csv.no-address-column");
        }
        width = header.cells().size();
        if (!ignored.isEmpty()) {
            notices.add("ignored-columns:" + String.join(", ", ignored));
        }
        noticeNameColumns();
    }

    /** A first record without a known column is a row when its first cell is an address. */
    private void readHeaderless(CsvRecord first) {
        if (!first.cells().getFirst().strip().contains("@")) {
            throw new MailboxCreationRefusal("mailboxes.csv.no-header");
        }
        List<MailboxCsvColumn> order = provider.columns();
        for (int i = 0; i < order.size(); i++) {
            columns.put(order.get(i), i);
        }
        width = order.size();
        notices.add("headerless");
        pending = toRow(first);
    }

    private static String delimiterName(char delimiter) {
        return switch (delimiter) {
            case ';' -> "semicolon";
            case '\t' -> "tab";
            default -> "comma";
        };
    }

    private void noticeNameColumns() {
        boolean name = columns.containsKey(MailboxCsvColumn.NAME);
        boolean first = columns.containsKey(MailboxCsvColumn.FIRST_NAME);
        boolean last = columns.containsKey(MailboxCsvColumn.LAST_NAME);
        if (provider.google()) {
            if (columns.containsKey(MailboxCsvColumn.PASSWORD)) {
                notices.add("password-ignored");
            }
            if (!first && !last) {
                notices.add(name ? "name-split" : "no-name-columns");
            }
        } else if (!name) {
            notices.add(first || last ? "name-joined" : "no-name-column");
        }
    }

    // ---- rows ----

    private MailboxCsvRow toRow(CsvRecord record) {
        List<String> problems = new ArrayList<>(3);
        if (record.notUtf8()) {
            problems.add("encoding");
        }
        if (record.unterminatedQuote()) {
            problems.add("unterminated-quote");
        }
        if (record.tooLong()) {
            problems.add("too-long");
        }
        List<String> cells = record.cells();
        for (int i = width; i < cells.size(); i++) {
            if (!cells.get(i).isBlank()) {
                problems.add("cells:" + cells.size());
                break;
            }
        }
        return new MailboxCsvRow(record.line(), value(record, MailboxCsvColumn.ADDRESS),
                value(record, MailboxCsvColumn.NAME), value(record, MailboxCsvColumn.FIRST_NAME),
                value(record, MailboxCsvColumn.LAST_NAME), value(record, MailboxCsvColumn.PASSWORD), problems);
    }

    private String value(CsvRecord record, MailboxCsvColumn column) {
        Integer index = columns.get(column);
        String cell = index == null ? null : record.cell(index);
        if (cell == null || cell.isBlank()) {
            return null;
        }
        String value = cell.strip();
        // the dashboard's own downloads guard formula-looking cells with a leading ': undo it on re-upload
        if (value.length() > 1 && value.charAt(0) == '\'' && CsvCells.startsLikeFormula(value.substring(1))) {
            return value.substring(1);
        }
        return value;
    }

    /** A size as people read it: "10 MB", "512 KB", "900 bytes". */
    static String sizeLabel(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }
}
