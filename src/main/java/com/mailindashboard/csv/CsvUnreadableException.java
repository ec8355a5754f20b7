package com.mailindashboard.csv;

import java.io.IOException;
import java.util.Locale;

/** A CSV file that cannot be read at all; {@link #reason()} says why. */
public final class CsvUnreadableException extends IOException {

    /** Why the file cannot be read. */
    public enum Reason {
        /** The file starts with a UTF-16 byte order mark; only UTF-8 is read. */
        UTF16,
        /** The file is longer than the reader's byte limit. */
        TOO_LARGE
    }

    private final Reason reason;

    CsvUnreadableException(Reason reason) {
        super("CSV " + reason.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
