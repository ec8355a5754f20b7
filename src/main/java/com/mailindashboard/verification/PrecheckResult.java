package com.mailindashboard.verification;

import java.util.List;

/**
 * What the check found: data rows read, unique valid addresses (what is sent and paid), exact
 * duplicates and syntax failures removed, blank cells skipped, the e-mail column; or that the
 * column has to be chosen, with the columns and a few sample values.
 */
record PrecheckResult(boolean needsColumn, List<ColumnChoice> columns, long rows, long unique, long duplicates,
                      long invalid, long blank, Integer column, String columnLabel, boolean header,
                      List<InvalidSample> invalidSamples) {

    PrecheckResult {
        columns = List.copyOf(columns);
        invalidSamples = List.copyOf(invalidSamples);
    }

    static PrecheckResult empty() {
        return new PrecheckResult(false, List.of(), 0, 0, 0, 0, 0, null, null, false, List.of());
    }

    static PrecheckResult askColumn(List<ColumnChoice> columns) {
        return new PrecheckResult(true, columns, 0, 0, 0, 0, 0, null, null, false, List.of());
    }
}
