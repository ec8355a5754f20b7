package com.mailindashboard.mailboxes;

import java.util.List;

/** One page of a dry run's rows (page numbers start at 1). */
public record MailboxRowsPage(List<MailboxDryRunRow> rows, int page, int pageCount, int total) {

    public MailboxRowsPage {
        rows = List.copyOf(rows);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount;
    }
}
