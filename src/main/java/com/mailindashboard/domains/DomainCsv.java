package com.mailindashboard.domains;

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
 * (any case), otherwise the first column. Tolerates what spreadsheets write: a byte order mark
 * (UTF-8 or UTF-16), {@code ,} {@code ;} or tab as delimiter, quoted cells, CRLF and blank lines.
 */
public final class DomainCsv {

    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_NAMES = 1000;
    private static final Set<String> HEADERS = Set.of("domain", "domain_name");
    private static final char[] DELIMITERS = {',', ';', '\t'};

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
        List<String> names = names(decode(bytes));
        if (names.size() > MAX_NAMES) {
            throw new Refused("domains.buy.csv.too-many", MAX_NAMES, names.size());
        }
        return names;
    }

    static List<String> names(String text) {
        List<List<String>> rows = rows(text, delimiter(text));
        if (rows.isEmpty()) {
            return List.of();
        }
        int column = headerColumn(rows.getFirst());
        List<List<String>> data = column >= 0 ? rows.subList(1, rows.size()) : rows;
        int index = Math.max(column, 0);
        List<String> names = new ArrayList<>();
        for (List<String> row : data) {
            if (index < row.size() && !row.get(index).isBlank()) {
                names.add(row.get(index).strip());
            }
        }
        return names;
    }

    private static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return text(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return text(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return text(bytes, 2, StandardCharsets.UTF_16BE);
        }
        return text(bytes, 0, StandardCharsets.UTF_8);
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

    private static String text(byte[] bytes, int offset, Charset charset) {
        return new String(bytes, offset, bytes.length - offset, charset);
    }

    /** The delimiter that occurs most often (outside quotes) on the first non-blank line; a comma by default. */
    static char delimiter(String text) {
        String firstLine = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
        char best = ',';
        int bestCount = 0;
        for (char candidate : DELIMITERS) {
            int count = 0;
            boolean quoted = false;
            for (char c : firstLine.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == candidate && !quoted) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    /** Records as RFC 4180 has them (quoted cells may hold delimiters, doubled quotes and line breaks); blank records dropped. */
    static List<List<String>> rows(String text, char delimiter) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
            } else if (c == delimiter) {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                endRow(rows, row, cell);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        endRow(rows, row, cell);
        return rows;
    }

    private static void endRow(List<List<String>> rows, List<String> row, StringBuilder cell) {
        row.add(cell.toString());
        cell.setLength(0);
        if (row.stream().anyMatch(value -> !value.isBlank())) {
            rows.add(row);
        }
    }

    /** The index of the cell headed {@code domain} or {@code domain_name}, or -1 when the first row is no such header. */
    private static int headerColumn(List<String> firstRow) {
        for (int i = 0; i < firstRow.size(); i++) {
            String header = firstRow.get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            if (HEADERS.contains(header)) {
                return i;
            }
        }
        return -1;
    }
}
