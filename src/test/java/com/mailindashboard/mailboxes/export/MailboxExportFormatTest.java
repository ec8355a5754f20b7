package com.mailindashboard.mailboxes.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.mailindashboard.csv.CsvCells;
import com.mailindashboard.gateway.MailinMailbox;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Each export format against its golden file: the exact header and cells a sequencer's importer gets. */
class MailboxExportFormatTest {

    static final MailinMailbox SMTP = new MailinMailbox(101L, 1L, "John Doe", "john.doe@example.com", "pa,ss\"word",
            null, null, "Active", "50", null, "mail.example.com", 993, "mail.example.com", 465, null, null);
    static final MailinMailbox GOOGLE = new MailinMailbox(201L, 2L, "=HYPERLINK(\"http://evil\")", "ann@gexample.com",
            "g-secret", null, null, "1", "500 / d", "google", null, null, null, null, null, null);
    static final MailinMailbox NO_NAME = new MailinMailbox(301L, 1L, null, "+cmd@example.com", null, null, null,
            "Pending", null, null, "mail.example.com", 993, "mail.example.com", 465, null, null);

    @ParameterizedTest
    @EnumSource(MailboxExportFormat.class)
    void matchesItsGoldenFile(MailboxExportFormat format) throws IOException {
        StringBuilder csv = new StringBuilder(CsvCells.row(format.header()));
        csv.append(CsvCells.row(format.row(ExportedMailbox.smtp(SMTP, true))));
        csv.append(CsvCells.row(format.row(ExportedMailbox.google(GOOGLE, "app-pass"))));
        csv.append(CsvCells.row(format.row(ExportedMailbox.smtp(NO_NAME, true))));

        assertThat(csv.toString()).isEqualTo(golden(format.fileSuffix() + ".csv"));
    }

    @Test
    void instantlyHasTheColumnsItsImporterExpects() {
        assertThat(MailboxExportFormat.INSTANTLY.header()).containsExactly("Email", "First Name", "Last Name",
                "IMAP Username", "IMAP Password", "IMAP Host", "IMAP Port", "SMTP Username", "SMTP Password",
                "SMTP Host", "SMTP Port");
        assertThat(MailboxExportFormat.SMARTLEAD.header()).startsWith("from_name", "from_email", "user_name",
                "password", "smtp_host", "smtp_port", "imap_host", "imap_port");
    }

    @Test
    void withoutPasswordsEveryPasswordCellIsEmpty() {
        List<String> row = MailboxExportFormat.INSTANTLY.row(ExportedMailbox.smtp(SMTP, false));
        assertThat(row.get(4)).isNull();
        assertThat(row.get(8)).isNull();
        assertThat(String.join("|", row.stream().map(String::valueOf).toList())).doesNotContain("pa,ss");
    }

    @Test
    void googleRowsCarryTheAppPasswordAndNeverTheAccountPassword() {
        List<String> row = MailboxExportFormat.SALESFORGE.row(ExportedMailbox.google(GOOGLE, "app-pass"));
        assertThat(row).doesNotContain("g-secret");
        assertThat(row.get(6)).as("SMTP Password").isEqualTo("app-pass");
        assertThat(row.get(10)).as("IMAP Password").isEqualTo("app-pass");
        assertThat(MailboxExportFormat.GENERIC.row(ExportedMailbox.google(GOOGLE, null))).doesNotContain("g-secret");
    }

    @Test
    void oneStatusWordingForBothProviders() {
        assertThat(ExportedMailbox.google(GOOGLE, null).status()).isEqualTo("Active");
        assertThat(ExportedMailbox.smtp(SMTP, false).status()).isEqualTo("Active");
        assertThat(ExportedMailbox.statusWord("0")).isEqualTo("Inactive");
        assertThat(ExportedMailbox.statusWord("Inactive")).isEqualTo("Inactive");
        assertThat(ExportedMailbox.statusWord("Suspended")).isEqualTo("Suspended");
    }

    @Test
    void formulaLookingCellsAreNeutralized() {
        String line = CsvCells.row(MailboxExportFormat.GENERIC.row(ExportedMailbox.google(GOOGLE, null)));
        assertThat(line).startsWith("ann@gexample.com,\"'=HYPERLINK(\"\"http://evil\"\")\",\"'=HYPERLINK(");
        assertThat(CsvCells.row(MailboxExportFormat.GENERIC.row(ExportedMailbox.smtp(NO_NAME, false))))
                .startsWith("'+cmd@example.com,");
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = MailboxExportFormatTest.class.getResourceAsStream("/exports/" + name)) {
            assertThat(in).as("golden file exports/" + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
