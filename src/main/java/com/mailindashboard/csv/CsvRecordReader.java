package com.mailindashboard.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a CSV file record by record, never holding more than one record and a 64 KB buffer.
 *
 * <p>Records are split on bytes (delimiters, quotes and line breaks are ASCII, which UTF-8 never
 * uses inside a multi-byte character), then each cell is decoded as UTF-8 with a decoder that
 * reports malformed input: a cell that is not UTF-8 marks its record, never the whole file.
 * Handles a UTF-8 byte order mark, comma, semicolon or tab delimiters (sniffed from the first line
 * with content), quoted cells with delimiters, doubled quotes and line breaks inside, CRLF, LF or
 * CR line ends and blank records (skipped). Each record carries the physical line it starts on.
 */
public final class CsvRecordReader implements Closeable {

    private static final int BUFFER_BYTES = 64 * 1024;
    private static final byte[] DELIMITERS = {',', ';', '\t'};

    private final InputStream in;
    private final int maxCellBytes;
    private final long maxBytes;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final List<String> cells = new ArrayList<>();
    private byte[] cell = new byte[256];
    private int cellLength;
    private int pos;
    private int limit;
    private boolean eof;
    private long bytesRead;
    private int line = 1;
    private byte delimiter = ',';
    private boolean notUtf8;
    private boolean tooLong;

    private CsvRecordReader(InputStream in, int maxCellBytes, long maxBytes) {
        this.in = in;
        this.maxCellBytes = maxCellBytes;
        this.maxBytes = maxBytes;
    }

    /** Opens a reader with no limit on the file's size; see {@link #open(InputStream, int, long)}. */
    public static CsvRecordReader open(InputStream in, int maxCellBytes) throws IOException {
        return open(in, maxCellBytes, Long.MAX_VALUE);
    }

    /**
     * Opens a reader: reads the byte order mark and sniffs the delimiter. The stream is closed when
     * opening fails.
     *
     * @param maxCellBytes the longest cell kept; the rest of a longer cell is skipped and its record marked
     * @param maxBytes the most bytes read; more end the reading with a {@link CsvUnreadableException}
     * @throws CsvUnreadableException when the file is UTF-16 or longer than {@code maxBytes}
     */
    public static CsvRecordReader open(InputStream in, int maxCellBytes, long maxBytes) throws IOException {
        CsvRecordReader reader = new CsvRecordReader(in, maxCellBytes, maxBytes);
        try {
            reader.start();
            return reader;
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** The delimiter in use: {@code ,} {@code ;} or a tab. */
    public char delimiter() {
        return (char) delimiter;
    }

    /**
     * The next record with a non-blank cell, or {@code null} at the end of the file.
     *
     * @throws CsvUnreadableException when the file turns out longer than the byte limit
     */
    public CsvRecord next() throws IOException {
        while (peek() >= 0) {
            int start = line;
            boolean unterminated = readRecord();
            if (cells.stream().anyMatch(value -> !value.isBlank())) {
                return new CsvRecord(start, cells, notUtf8, unterminated, tooLong);
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void start() throws IOException {
        while (limit < buffer.length && fill()) {
            // fill the buffer once: the byte order mark and the first line are looked at in place
        }
        if (limit >= 2 && ((buffer[0] == (byte) 0xFF && buffer[1] == (byte) 0xFE)
                || (buffer[0] == (byte) 0xFE && buffer[1] == (byte) 0xFF))) {
            throw new CsvUnreadableException(CsvUnreadableException.Reason.UTF16);
        }
        if (limit >= 3 && buffer[0] == (byte) 0xEF && buffer[1] == (byte) 0xBB && buffer[2] == (byte) 0xBF) {
            pos = 3;
        }
        delimiter = sniffDelimiter();
    }

    /** The delimiter used most, outside quotes, on the first line with content (comma when none is). */
    private byte sniffDelimiter() {
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
                return DELIMITERS[best];
            }
            at = end + 1;
        }
        return DELIMITERS[0];
    }

    private static int delimiterIndex(byte b) {
        for (int i = 0; i < DELIMITERS.length; i++) {
            if (DELIMITERS[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** Reads the next record into {@link #cells}, the input not being at its end; true when it ended inside quotes. */
    private boolean readRecord() throws IOException {
        cells.clear();
        notUtf8 = false;
        tooLong = false;
        cellLength = 0;
        boolean quoted = false;
        boolean afterQuote = false;
        boolean onlySpaces = true;
        while (true) {
            int b = read();
            if (b < 0) {
                endCell();
                return quoted;
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
                return false;
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
        if (cellLength == maxCellBytes) {
            tooLong = true;
            return;
        }
        if (cellLength == cell.length) {
            cell = Arrays.copyOf(cell, Math.min(cell.length * 2, maxCellBytes));
        }
        cell[cellLength++] = (byte) b;
    }

    private void endCell() {
        cells.add(decode());
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
            notUtf8 = true;
            return new String(cell, 0, cellLength, StandardCharsets.UTF_8);
        }
    }

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
            throw new CsvUnreadableException(CsvUnreadableException.Reason.TOO_LARGE);
        }
        limit += n;
        return true;
    }
}
