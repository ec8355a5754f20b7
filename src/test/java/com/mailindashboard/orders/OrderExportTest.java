package com.mailindashboard.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.mailindashboard.gateway.AzureOrderMailbox;
import com.mailindashboard.mailboxes.export.MailboxExportFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Microsoft rows in the sequencers' export formats against golden files: Microsoft 365's hosts and ports. */
class OrderExportTest {

    static final List<AzureOrderMailbox> MAILBOXES = List.of(
            new AzureOrderMailbox("Jane Doe", "jane.doe@ms-example.com", "Pa,ss\"1"),
            new AzureOrderMailbox("=cmd()", "eve@ms-example.com", "p2"),
            new AzureOrderMailbox(null, "solo@ms-example.com", null));

    @ParameterizedTest
    @EnumSource(value = MailboxExportFormat.class, names = {"INSTANTLY", "SMARTLEAD", "GENERIC"})
    void microsoftRowsMatchTheGoldenFile(MailboxExportFormat format) throws IOException {
        StringWriter csv = new StringWriter();
        OrderDetailController.writeCsv(csv, format, MAILBOXES, true);
        assertThat(csv.toString()).isEqualTo(golden("microsoft-" + format.fileSuffix() + ".csv"));
    }

    @ParameterizedTest
    @EnumSource(MailboxExportFormat.class)
    void everyFormatGetsMicrosoftHostsAndPortsAndNoPasswordUnlessAsked(MailboxExportFormat format) throws IOException {
        StringWriter csv = new StringWriter();
        OrderDetailController.writeCsv(csv, format, MAILBOXES, false);
        assertThat(csv.toString()).contains("outlook.office365.com").contains("993").contains("smtp.office365.com")
                .contains("587").doesNotContain("Pa,ss").doesNotContain("p2,");
    }

    @Test
    void noMailboxesIsTheHeaderAlone() throws IOException {
        StringWriter csv = new StringWriter();
        OrderDetailController.writeCsv(csv, MailboxExportFormat.INSTANTLY, List.of(), true);
        assertThat(csv.toString()).isEqualTo(String.join(",", MailboxExportFormat.INSTANTLY.header()) + "\r\n");
    }

    private static String golden(String file) throws IOException {
        try (InputStream in = OrderExportTest.class.getResourceAsStream("/exports/" + file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
