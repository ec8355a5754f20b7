package com.mailindashboard.orders;

import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSourceResolvable;

/**
 * What checking an order found: problems by form field (shown next to it), problems of single
 * mailbox or name lines (the dry run, by line), the count (message keys, as every problem here), and the draft when all is well.
 */
record OrderCheck(OrderDraft draft, Map<String, MessageSourceResolvable> errors, List<RowProblem> rows,
                  MessageSourceResolvable count,
                  boolean countOk) {

    OrderCheck {
        errors = Map.copyOf(errors);
        rows = List.copyOf(rows);
    }

    boolean ok() {
        return draft != null;
    }

    /** A line's problem: its number in the text box, the line as typed and what is wrong with it. */
    record RowProblem(int line, String input, MessageSourceResolvable problem) {
    }
}
