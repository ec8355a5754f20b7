package com.mailindashboard.orders;

import java.util.List;
import java.util.Map;

/**
 * What checking an order found: problems by form field (shown next to it), problems of single
 * mailbox or name lines (the dry run, by line), the count in words, and the draft when all is well.
 */
record OrderCheck(OrderDraft draft, Map<String, String> errors, List<RowProblem> rows, String count,
                  boolean countOk) {

    OrderCheck {
        errors = Map.copyOf(errors);
        rows = List.copyOf(rows);
    }

    boolean ok() {
        return draft != null;
    }

    /** A line's problem: its number in the text box, the line as typed and what is wrong with it. */
    record RowProblem(int line, String input, String problem) {
    }
}
