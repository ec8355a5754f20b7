package com.mailindashboard.mailboxes;

import java.time.Instant;
import java.util.List;

/** A stored dry run without its rows. {@code confirmKey} is what the confirm form must carry. */
public record MailboxDryRunSummary(String id, MailboxProvider provider, String source,
                                   MailboxDryRunState state, String confirmKey, List<String> notices,
                                   int totalRows, int validRows, Integer chunkSize, String createdBy,
                                   Instant createdAt, String confirmedBy, Instant confirmedAt,
                                   Instant submittedAt) {

    public MailboxDryRunSummary {
        notices = List.copyOf(notices);
    }

    public int errorRows() {
        return totalRows - validRows;
    }

    public boolean inPreview() {
        return state == MailboxDryRunState.PREVIEW;
    }

    /** Whether the rows came from a file (lines) or the form's table (rows). */
    public boolean fromFile() {
        return source != null;
    }
}
