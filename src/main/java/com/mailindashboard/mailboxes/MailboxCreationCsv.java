package com.mailindashboard.mailboxes;

import com.mailindashboard.csv.CsvCells;
import com.mailindashboard.jobs.JobText;
import com.mailindashboard.secrets.SecretCipher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * Rows handed back as CSV (the dry run's error rows, the rows whose creation failed): the input
 * columns under the names the reader knows, then {@code line} and {@code reason}, so the file can
 * be fixed and uploaded again as it is. Cells are formula-safe ({@link CsvCells}); the reader undoes
 * the guard on re-upload. The password is decrypted for the download and never stored in clear.
 */
final class MailboxCreationCsv {

    private final MailboxProvider provider;
    private final SecretCipher cipher;
    private final MessageSource messages;
    private final Locale locale;

    MailboxCreationCsv(MailboxProvider provider, SecretCipher cipher, MessageSource messages, Locale locale) {
        this.provider = provider;
        this.cipher = cipher;
        this.messages = messages;
        this.locale = locale;
    }

    String header() {
        List<String> names = new ArrayList<>();
        provider.columns().forEach(column -> names.add(column.header()));
        names.add("line");
        names.add("reason");
        return CsvCells.row(names);
    }

    /** An error row of the dry run: the reason is its problems in words. */
    String errorRow(MailboxDryRunRow row) {
        return line(row, String.join("; ", row.problems().stream().map(this::problem).toList()));
    }

    /** A row whose creation failed: the reason is what Mailin or the job said. */
    String failedRow(MailboxDryRunRow row) {
        return line(row, JobText.render(row.outcomeReason(), messages, locale));
    }

    String problem(String token) {
        int colon = token.indexOf(':');
        String code = colon < 0 ? token : token.substring(0, colon);
        String argument = colon < 0 ? "" : token.substring(colon + 1);
        return messages.getMessage("mailboxes.dryrun.problem." + code, new Object[] {argument}, token, locale);
    }

    private String line(MailboxDryRunRow row, String reason) {
        List<String> values = new ArrayList<>();
        for (MailboxCsvColumn column : provider.columns()) {
            values.add(switch (column) {
                case ADDRESS -> row.address();
                case NAME -> row.name();
                case FIRST_NAME -> row.firstName();
                case LAST_NAME -> row.lastName();
                case PASSWORD -> cipher.decrypt(row.passwordEncrypted());
            });
        }
        values.add(String.valueOf(row.line()));
        values.add(reason);
        return CsvCells.row(values);
    }
}
