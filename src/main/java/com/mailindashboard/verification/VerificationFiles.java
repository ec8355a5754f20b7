package com.mailindashboard.verification;

import com.mailindashboard.gateway.VerificationClient;
import java.util.Locale;

/** What the verification pages accept as files. */
final class VerificationFiles {

    /** Mailin's V3 limit, the dashboard's too: a larger file is refused before it is read. */
    static final long MAX_FILE_BYTES = VerificationClient.MAX_FILE_BYTES;
    /** Mailin's V4 limit: longer pasted lists go as a generated CSV file. */
    static final int MAX_LIST_EMAILS = VerificationClient.MAX_LIST_EMAILS;

    private VerificationFiles() {
    }

    static boolean isXlsx(String fileName) {
        return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    static boolean accepted(String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".csv") || lower.endsWith(".xlsx") || lower.endsWith(".txt");
    }
}
