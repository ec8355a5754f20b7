package com.mailindashboard.csv;

import java.util.List;

/**
 * One record of a CSV file: the physical line it starts on, its cells as read, and what was wrong
 * with its bytes. A record with a problem still has all its cells (a cell that is not UTF-8 with
 * replacement characters, a cell that is too long cut at the limit) so the caller can show it.
 *
 * @param line the line the record starts on, counting from 1 (a quoted line break starts a new line)
 * @param cells the cells in order, never empty
 * @param notUtf8 a cell was not valid UTF-8
 * @param unterminatedQuote the file ended inside a quoted cell
 * @param tooLong a cell was longer than the reader's limit and was cut
 */
public record CsvRecord(int line, List<String> cells, boolean notUtf8, boolean unterminatedQuote,
                        boolean tooLong) {

    public CsvRecord {
        cells = List.copyOf(cells);
    }

    /** The cell at {@code index}, or {@code null} when the record is shorter. */
    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : null;
    }
}
