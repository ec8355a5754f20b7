package com.mailindashboard.verification;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The check before anything is sent: reads rows streaming, finds the e-mail column (a header
 * alias, else the only column holding addresses in a file without header, else the caller has to
 * choose), and writes the cleaned one-column CSV ({@code email} header, CRLF) with every address
 * once (case-insensitively) and nothing that is not an address. Holds one row and the compact
 * {@link AddressSet}, never the file.
 */
final class Precheck {

    /** Header names (lower case, letters and digits only) that name the e-mail column. */
    static final Set<String> ALIASES = Set.of("email", "emails", "emailaddress", "emailaddresses", "mail",
            "mailaddress", "emailid", "workemail", "businessemail", "contactemail", "personalemail", "primaryemail",
            "professionalemail", "companyemail", "courriel", "adressemail", "correo", "correoelectronico");
    static final int SAMPLE_ROWS = 3;
    static final int MAX_INVALID_SAMPLES = 10;
    private static final int MAX_SAMPLE_CHARS = 80;

    private Precheck() {
    }

    /**
     * Checks a file's rows and writes the cleaned CSV.
     *
     * @param chosenColumn the column the user chose (0-based), or null to detect it
     * @return the counts, or a result that asks for the column (nothing written then)
     */
    static PrecheckResult file(SheetRows rows, Integer chosenColumn, Writer cleaned, int expectedAddresses)
            throws IOException {
        List<List<String>> head = new ArrayList<>();
        List<Integer> headLines = new ArrayList<>();
        for (List<String> row; head.size() < 1 + SAMPLE_ROWS && (row = rows.next()) != null; ) {
            head.add(row);
            headLines.add(rows.line());
        }
        if (head.isEmpty()) {
            return PrecheckResult.empty();
        }
        List<String> first = head.getFirst();
        int column;
        boolean header;
        if (chosenColumn != null) {
            column = chosenColumn;
            header = !EmailSyntax.valid(clean(cell(first, column)));
        } else {
            int alias = aliasColumn(first);
            if (alias >= 0) {
                column = alias;
                header = true;
            } else {
                List<Integer> addressColumns = addressColumns(first);
                if (addressColumns.size() != 1) {
                    return PrecheckResult.askColumn(choices(head));
                }
                column = addressColumns.getFirst();
                header = false;
            }
        }
        Counter counter = new Counter(cleaned, expectedAddresses);
        for (int i = header ? 1 : 0; i < head.size(); i++) {
            counter.accept(cell(head.get(i), column), headLines.get(i));
        }
        for (List<String> row; (row = rows.next()) != null; ) {
            counter.accept(cell(row, column), rows.line());
        }
        String label = header ? clean(cell(first, column)) : null;
        return counter.result(column, label, header);
    }

    /**
     * Checks a pasted list: addresses one per line or separated by commas or semicolons.
     */
    static PrecheckResult pasted(String text, Writer cleaned) throws IOException {
        Counter counter = new Counter(cleaned, 1024);
        int line = 1;
        int start = 0;
        String all = text == null ? "" : text;
        for (int i = 0; i <= all.length(); i++) {
            char c = i < all.length() ? all.charAt(i) : '\n';
            if (c == '\n' || c == ',' || c == ';' || c == '\r') {
                String item = all.substring(start, i);
                if (!item.isBlank()) {
                    counter.accept(item, line);
                }
                if (c == '\n') {
                    line++;
                }
                start = i + 1;
            }
        }
        return counter.result(null, null, false);
    }

    /** The first cell that is an alias of "email"; else the only one mentioning mail; else -1. */
    static int aliasColumn(List<String> header) {
        List<Integer> mentions = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = normalize(header.get(i));
            if (ALIASES.contains(name)) {
                return i;
            }
            if (name.contains("mail")) {
                mentions.add(i);
            }
        }
        return mentions.size() == 1 ? mentions.getFirst() : -1;
    }

    private static List<Integer> addressColumns(List<String> row) {
        List<Integer> columns = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) {
            if (EmailSyntax.valid(clean(row.get(i)))) {
                columns.add(i);
            }
        }
        return columns;
    }

    private static List<ColumnChoice> choices(List<List<String>> head) {
        int width = head.stream().mapToInt(List::size).max().orElse(0);
        List<ColumnChoice> choices = new ArrayList<>();
        for (int column = 0; column < width; column++) {
            List<String> samples = new ArrayList<>();
            for (List<String> row : head) {
                samples.add(fit(cell(row, column)));
            }
            choices.add(new ColumnChoice(column, samples));
        }
        return choices;
    }

    static String normalize(String headerCell) {
        StringBuilder name = new StringBuilder();
        for (char c : (headerCell == null ? "" : headerCell).toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                name.append(c);
            }
        }
        return name.toString();
    }

    private static String cell(List<String> row, int column) {
        return column < row.size() ? row.get(column) : null;
    }

    /** The address in a cell: spaces around it and a {@code mailto:} prefix removed. */
    static String clean(String value) {
        if (value == null) {
            return "";
        }
        String text = value.strip();
        if (text.regionMatches(true, 0, "mailto:", 0, 7)) {
            text = text.substring(7).strip();
        }
        return text;
    }

    static String fit(String value) {
        if (value == null) {
            return "";
        }
        return value.length() <= MAX_SAMPLE_CHARS ? value : value.substring(0, MAX_SAMPLE_CHARS - 1) + "…";
    }

    /** Counts the rows and writes each new valid address. */
    private static final class Counter {
        private final Writer out;
        private final AddressSet seen;
        private final List<InvalidSample> invalidSamples = new ArrayList<>();
        private long rows;
        private long blank;
        private long invalid;
        private long duplicates;
        private long unique;

        Counter(Writer out, int expected) throws IOException {
            this.out = out;
            this.seen = new AddressSet(expected);
            out.write("email\r\n");
        }

        void accept(String value, int line) throws IOException {
            rows++;
            String address = clean(value);
            if (address.isEmpty()) {
                blank++;
            } else if (!EmailSyntax.valid(address)) {
                invalid++;
                if (invalidSamples.size() < MAX_INVALID_SAMPLES) {
                    invalidSamples.add(new InvalidSample(line, fit(address)));
                }
            } else if (seen.add(address)) {
                unique++;
                out.write(address);
                out.write("\r\n");
            } else {
                duplicates++;
            }
        }

        PrecheckResult result(Integer column, String label, boolean header) {
            return new PrecheckResult(false, List.of(), rows, unique, duplicates, invalid, blank, column, label, header,
                    invalidSamples);
        }
    }
}
