package com.mailindashboard.mailboxes;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** Rows to check, one at a time, and what was noticed about their source as a whole (header, delimiter). */
public interface MailboxRows extends Closeable {

    /** Notice tokens ({@code code} or {@code code:argument}) about the source as a whole. */
    List<String> notices();

    /** The next row, or null at the end. */
    MailboxCsvRow next() throws IOException;

    /** Rows already in memory (the form's table). */
    static MailboxRows of(List<MailboxCsvRow> rows) {
        return new MailboxRows() {
            private int next;

            @Override
            public List<String> notices() {
                return List.of();
            }

            @Override
            public MailboxCsvRow next() {
                return next < rows.size() ? rows.get(next++) : null;
            }

            @Override
            public void close() {
            }
        };
    }
}
