package com.mailindashboard.csv;

import java.util.List;
import java.util.StringJoiner;

/**
 * CSV cells and rows as RFC 4180 has them (comma separated, CRLF line ends, a cell with a comma,
 * quote or line break in double quotes with its quotes doubled), safe to open in a spreadsheet: a
 * cell that starts with {@code = + - @}, a tab or a carriage return gets a leading {@code '} so it
 * is never run as a formula.
 */
public final class CsvCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvCells() {
    }

    /** Whether a spreadsheet would run {@code value} as a formula: it starts with {@code = + - @}, a tab or a CR. */
    public static boolean startsLikeFormula(String value) {
        return value != null && !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0;
    }

    /** One cell, escaped; {@code null} is the empty cell. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = startsLikeFormula(value) ? "'" + value : value;
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0
                || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** One record: the cells escaped, joined by commas and ended by CRLF; {@code null} cells are empty. */
    public static String row(List<String> values) {
        StringJoiner line = new StringJoiner(",", "", "\r\n");
        for (String value : values) {
            line.add(cell(value));
        }
        return line.toString();
    }
}
