package com.mailindashboard.mailboxes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a mailbox CSV record by record, never holding more than one record and a 64 KB buffer.
 *
 * <p>Records are split on bytes (delimiters, quotes and line breaks are ASCII, which UTF-8 never
 * uses inside a multi-byte character), then each cell is decoded as UTF-8 with a decoder that
 * reports malformed input: a cell that is not UTF-8 makes its row an error, never the whole file.
 * Handles a UTF-8 byte order mark, comma, semicolon or tab delimiters (sniffed from the first line),
 * quoted cells with delimiters, doubled quotes and line breaks inside, CRLF, LF or CR line ends and
 * blank lines (skipped). Each row carries the physical line its record starts on.
 *
 * <p>The first record is the header when one of its cells names a known column
 * ({@link MailboxCsvColumn}); a file whose first cell is an address has no header and is read in
 * the provider's column order. Too many rows or bytes end the reading with a
 * {@link MailboxCreationRefusal}.
 */
public final class MailboxCsvReader implements MailboxRows {

    /** The longest cell kept; the rest of a longer cell is skipped and the row marked. */
    static final int MAX_CELL_BYTES = 4096;
    private static final int BUFFER_BYTES = 64 * 1024;
    private static final byte[] DELIMITERS = {',', ';', '\t'};
    private static final String[] DELIMITER_NAMES = {"comma", "semicolon", "tab"};
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final InputStream in;
    private final MailboxCreationProvider provider;
    private final int maxRows;
    private final long maxBytes;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final List<String> notices = new ArrayList<>();
    private final Map<MailboxCsvColumn, Integer> columns = new EnumMap<>(MailboxCsvColumn.class);
    private final Record record = new Record();
    private byte[] cell = new byte[256];
    private int cellLength;
    private int pos;
    private int limit;
    private boolean eof;
    private long bytesRead;
    private int line = 1;
    private byte delimiter = ',';
    private int width;
    private int rows;
    private MailboxCsvRow pending;

    private MailboxCsvReader(InputStream in, MailboxCreationProvider provider, int maxRows, long maxBytes) {
        this.in = in;
        this.provider = provider;
        this.maxRows = maxRows;
        this.maxBytes = maxBytes;
    }

    /**
     * Opens a reader: reads the byte order mark, sniffs the delimiter and reads the header.
     *
     * @throws MailboxCreationRefusal when the file is empty, UTF-16, too large, or has no address column
     */
    public static MailboxCsvReader open(InputStream in, MailboxCreationProvider provider, int maxRows,
                                        long maxBytes) throws IOException {
        MailboxCsvReader reader = new MailboxCsvReader(in, provider, maxRows, maxBytes);
        try {
            reader.start();
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
        return (char) delimiter;
    }

    @Override
    public MailboxCsvRow next() throws IOException {
        if (pending != null) {
            MailboxCsvRow row = pending;
            pending = null;
            return counted(row);
        }
        while (readRecord()) {
            if (!record.blank()) {
                return counted(toRow());
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private MailboxCsvRow counted(MailboxCsvRow row) {
        if (++rows > maxRows) {
            throw new MailboxCreationRefusal("mailboxes.csv.too-many-rows", maxRows);
        }
        return row;
    }

    // ---- header ----

    private void start() throws IOException {
        while (limit < buffer.length && fill()) {
            // fill the buffer once: the byte order mark and the first line are looked at in place
        }
        if (limit >= 2 && ((buffer[0] == (byte) 0xFF && buffer[1] == (byte) 0xFE)
                || (buffer[0] == (byte) 0xFE && buffer[1] == (byte) 0xFF))) {
            throw new MailboxCreationRefusal("mailboxes.csv.utf16");
        }
        if (limit >= 3 && buffer[0] == (byte) 0xEF && buffer[1] == (byte) 0xBB && buffer[2] == (byte) 0xBF) {
            pos = 3;
        }
        int chosen = sniffDelimiter();
        delimiter = DELIMITERS[chosen];
        boolean found = false;
        while (readRecord()) {
            if (!record.blank()) {
                found = true;
                break;
            }
        }
        if (!found) {
            throw new MailboxCreationRefusal("mailboxes.csv.empty");
        }
        readHeader(chosen);
    }

    /** The delimiter used most, outside quotes, on the first line with content (comma when none is). */
    private int sniffDelimiter() {
        int at = pos;
        while (at < limit) {
            int[] counts = new int[DELIMITERS.length];
            boolean quoted = false;
            boolean content = false;
            int end = at;
            for (; end < limit; end++) {
                byte b = buffer[end];
                if (b == '"') {
                    quoted = !quoted;
                    content = true;
                } else if (!quoted && (b == '\n' || b == '\r')) {
                    break;
                } else if (!quoted) {
                    int index = delimiterIndex(b);
                    if (index >= 0) {
                        counts[index]++;
                    } else if (b != ' ') {
                        content = true;
                    }
                }
            }
            if (content) {
                int best = 0;
                for (int i = 1; i < counts.length; i++) {
                    if (counts[i] > counts[best]) {
                        best = i;
                    }
                }
                return best;
            }
            at = end + 1;
        }
        return 0;
    }

    private static int delimiterIndex(byte b) {
        for (int i = 0; i < DELIMITERS.length; i++) {
            if (DELIMITERS[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private void readHeader(int delimiterIndex) {
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < record.cells.size(); i++) {
            String header = record.cells.get(i);
            var column = MailboxCsvColumn.of(header);
            if (column.isPresent() && !columns.containsKey(column.get())) {
                columns.put(column.get(), i);
            } else if (!header.isBlank()
                    && !MailboxCsvColumn.OWN_EXTRA_COLUMNS.contains(MailboxCsvColumn.normalize(header))) {
                ignored.add(header.strip().replaceAll("\\s+", " "));
            }
        }
        notices.add("delimiter:" + DELIMITER_NAMES[delimiterIndex]);
        if (columns.isEmpty()) {
            String first = record.cells.getFirst().strip();
            if (!first.contains("@")) {
                throw new MailboxCreationRefusal("mailboxes.csv.no-header");
            }
            List<MailboxCsvColumn> order = provider.columns();
            for (int i = 0; i < order.size(); i++) {
                columns.put(order.get(i), i);
            }
            width = order.size();
            notices.add("headerless");
            pending = toRow();
            return;
        }
        if (!columns.containsKey(MailboxCsvColumn.ADDRESS)) {
            throw new MailboxCreationRefusal("mailboxes.csv.no-address-column");
        }
        width = record.cells.size();
        if (!ignored.isEmpty()) {
            notices.add("ignored-columns:" + String.join(", ", ignored));
        }
        noticeNameColumns();
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

    private MailboxCsvRow toRow() {
        List<String> problems = new ArrayList<>(3);
        if (record.badEncoding) {
            problems.add("encoding");
        }
        if (record.unterminated) {
            problems.add("unterminated-quote");
        }
        if (record.tooLong) {
            problems.add("too-long");
        }
        for (int i = width; i < record.cells.size(); i++) {
            if (!record.cells.get(i).isBlank()) {
                problems.add("cells:" + record.cells.size());
                break;
            }
        }
        return new MailboxCsvRow(record.line, value(MailboxCsvColumn.ADDRESS), value(MailboxCsvColumn.NAME),
                value(MailboxCsvColumn.FIRST_NAME), value(MailboxCsvColumn.LAST_NAME),
                value(MailboxCsvColumn.PASSWORD), problems);
    }

    private String value(MailboxCsvColumn column) {
        Integer index = columns.get(column);
        if (index == null || index >= record.cells.size()) {
            return null;
        }
        String value = record.cells.get(index).strip();
        if (value.isEmpty()) {
            return null;
        }
        // the dashboard's own downloads guard formula-looking cells with a leading ': undo it on re-upload
        if (value.length() > 1 && value.charAt(0) == '\'' && FORMULA_STARTS.indexOf(value.charAt(1)) >= 0) {
            return value.substring(1);
        }
        return value;
    }

    // ---- records ----

    /** Reads the next record into {@link #record}; false at the end of the input. */
    private boolean readRecord() throws IOException {
        if (peek() < 0) {
            return false;
        }
        record.reset(line);
        cellLength = 0;
        boolean quoted = false;
        boolean afterQuote = false;
        boolean onlySpaces = true;
        while (true) {
            int b = read();
            if (b < 0) {
                record.unterminated = quoted;
                endCell();
                return true;
            }
            if (quoted) {
                if (b == '"') {
                    if (peek() == '"') {
                        read();
                        append(b);
                    } else {
                        quoted = false;
                        afterQuote = true;
                    }
                } else {
                    if (b == '\n' || (b == '\r' && peek() != '\n')) {
                        line++;
                    }
                    append(b);
                }
            } else if (b == delimiter) {
                endCell();
                afterQuote = false;
                onlySpaces = true;
            } else if (b == '\n' || b == '\r') {
                if (b == '\r' && peek() == '\n') {
                    read();
                }
                line++;
                endCell();
                return true;
            } else if (b == '"' && onlySpaces && !afterQuote) {
                cellLength = 0;
                quoted = true;
                onlySpaces = false;
            } else {
                if (b != ' ') {
                    onlySpaces = false;
                }
                append(b);
            }
        }
    }

    private void append(int b) {
        if (cellLength == MAX_CELL_BYTES) {
            record.tooLong = true;
            return;
        }
        if (cellLength == cell.length) {
            cell = Arrays.copyOf(cell, Math.min(cell.length * 2, MAX_CELL_BYTES));
        }
        cell[cellLength++] = (byte) b;
    }

    private void endCell() {
        record.cells.add(decode());
        cellLength = 0;
    }

    private String decode() {
        boolean ascii = true;
        for (int i = 0; i < cellLength; i++) {
            if (cell[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(cell, 0, cellLength, StandardCharsets.ISO_8859_1);
        }
        try {
            return decoder.decode(ByteBuffer.wrap(cell, 0, cellLength)).toString();
        } catch (CharacterCodingException e) {
            record.badEncoding = true;
            return new String(cell, 0, cellLength, StandardCharsets.UTF_8);
        }
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

    // ---- bytes ----

    private int read() throws IOException {
        if (pos >= limit && !refill()) {
            return -1;
        }
        return buffer[pos++] & 0xFF;
    }

    private int peek() throws IOException {
        if (pos >= limit && !refill()) {
            return -1;
        }
        return buffer[pos] & 0xFF;
    }

    private boolean refill() throws IOException {
        pos = 0;
        limit = 0;
        return fill();
    }

    /** Reads more bytes after {@link #limit}; false at the end of the input. */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(buffer, limit, buffer.length - limit);
        if (n < 0) {
            eof = true;
            return false;
        }
        bytesRead += n;
        if (bytesRead > maxBytes) {
            throw new MailboxCreationRefusal("mailboxes.csv.too-large", sizeLabel(maxBytes));
        }
        limit += n;
        return true;
    }

    /** The record being read: its cells, the line it starts on, and what was wrong with its bytes. */
    private static final class Record {
        final List<String> cells = new ArrayList<>();
        int line;
        boolean unterminated;
        boolean tooLong;
        boolean badEncoding;

        void reset(int startLine) {
            cells.clear();
            line = startLine;
            unterminated = false;
            tooLong = false;
            badEncoding = false;
        }

        boolean blank() {
            for (String cell : cells) {
                if (!cell.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }
}
