package com.mailindashboard.domains;

import com.mailindashboard.csv.CsvRecord;
import com.mailindashboard.csv.CsvRecordReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads domain names from an uploaded CSV: the column headed {@code domain} or {@code domain_name}
 * (any case), otherwise the first column. Records come from a {@link CsvRecordReader}, which
 * tolerates what spreadsheets write ({@code ,} {@code ;} or tab as delimiter, quoted cells, CRLF,
 * blank lines, a UTF-8 byte order mark); a UTF-16 file is re-encoded as UTF-8 first.
 */
public final class DomainCsv {

    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_NAMES = 1000;
    private static final Set<String> HEADERS = Set.of("domain", "domain_name");

    private DomainCsv() {
    }

    /** The file cannot be used; {@link #messageKey()} says why, with {@link #arguments()}. */
    public static final class Refused extends RuntimeException {

        private final String messageKey;
        private final transient Object[] arguments;

        Refused(String messageKey, Object... arguments) {
            super(messageKey);
            this.messageKey = messageKey;
            this.arguments = arguments;
        }

        public String messageKey() {
            return messageKey;
        }

        public Object[] arguments() {
            return arguments.clone();
        }
    }

    /** The names in the file, in order, blank cells skipped; refuses files over 1 MB or 1,000 names. */
    public static List<String> read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new Refused("domains.buy.csv.too-large", MAX_BYTES / 1024 / 1024);
        }
        List<String> names = names(utf8(bytes));
        if (names.size() > MAX_NAMES) {
            throw new Refused("domains.buy.csv.too-many", MAX_NAMES, names.size());
        }
        return names;
    }

    /** The names of a UTF-8 file: the header's domain column, otherwise the first column of every record. */
    private static List<String> names(byte[] utf8) throws IOException {
        List<String> names = new ArrayList<>();
        // a cell may be as long as the file: a long name is kept whole for the checks to refuse
        int maxCellBytes = Math.max(utf8.length, 1);
        try (CsvRecordReader records = CsvRecordReader.open(new ByteArrayInputStream(utf8), maxCellBytes)) {
            CsvRecord first = records.next();
            if (first == null) {
                return names;
            }
            int column = headerColumn(first);
            if (column < 0) {
                column = 0;
                addName(names, first, column);
            }
            for (CsvRecord record = records.next(); record != null; record = records.next()) {
                addName(names, record, column);
            }
        }
        return names;
    }

    private static void addName(List<String> names, CsvRecord record, int column) {
        String cell = record.cell(column);
        if (cell != null && !cell.isBlank()) {
            names.add(cell.strip());
        }
    }

    /** The file as UTF-8: a UTF-16 file (as spreadsheets save "Unicode text") is re-encoded, any other left as it is. */
    private static byte[] utf8(byte[] bytes) {
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return reencoded(bytes, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return reencoded(bytes, StandardCharsets.UTF_16BE);
        }
        return bytes;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The text after the two-byte UTF-16 byte order mark, as UTF-8. */
    private static byte[] reencoded(byte[] bytes, Charset utf16) {
        return new String(bytes, 2, bytes.length - 2, utf16).getBytes(StandardCharsets.UTF_8);
    }

    /** The index of the cell headed {@code domain} or {@code domain_name}, or -1 when the first record is no such header. */
    private static int headerColumn(CsvRecord first) {
        for (int i = 0; i < first.cells().size(); i++) {
            String header = first.cells().get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            if (HEADERS.contains(header)) {
                return i;
            }
        }
        return -1;
    }
}
