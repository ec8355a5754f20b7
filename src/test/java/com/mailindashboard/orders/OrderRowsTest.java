package com.mailindashboard.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The order form's rows: CSV files read into lines, "Name, address" lines split, and the mailbox builder. */
class OrderRowsTest {

    private static List<String> csv(String text, MailboxMode mode) throws Exception {
        return OrderCsv.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), mode);
    }

    @Test
    void aManualCsvWithAHeaderBecomesNameAddressLinesInAnyColumnOrder() throws Exception {
        assertThat(csv("email;full_name\r\njane@x.com;\"Doe, Jane\"\r\n\r\nbob@x.com;Bob Ray\r\n", MailboxMode.MANUAL))
                .containsExactly("Doe, Jane, jane@x.com", "Bob Ray, bob@x.com");
        assertThat(csv("first_name,last_name,email\nJane,Doe,jane@x.com\n", MailboxMode.MANUAL))
                .containsExactly("Jane Doe, jane@x.com");
    }

    @Test
    void withoutAHeaderTheCellWithAnAtIsTheAddress() throws Exception {
        assertThat(csv("jane@x.com,Jane Doe\nBob,bob@x.com\n", MailboxMode.MANUAL))
                .containsExactly("Jane Doe, jane@x.com", "Bob, bob@x.com");
        assertThat(csv("full_name\nJane Doe\nBob Ray\n", MailboxMode.AUTO)).containsExactly("Jane Doe", "Bob Ray");
        assertThat(csv("Jane Doe,ignored\n", MailboxMode.AUTO)).containsExactly("Jane Doe");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithItsLine() {
        byte[] latin1 = "name,email\nJos\u00e9,jose@x.com\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> OrderCsv.read(new ByteArrayInputStream(latin1), MailboxMode.MANUAL))
                .isInstanceOfSatisfying(OrderCsv.Refused.class, e -> {
                    assertThat(e.key()).isEqualTo("orders.csv.not-utf8");
                    assertThat(e.arguments()).containsExactly(2);
                });
    }

    @Test
    void linesSplitOnTheLastCommaAndAcceptTheAddressFirst() {
        assertThat(OrderChecks.split("Doe, Jane, jane@x.com")).containsExactly("Doe, Jane", "jane@x.com");
        assertThat(OrderChecks.split("jane@x.com, Jane")).containsExactly("Jane", "jane@x.com");
        assertThat(OrderChecks.split("Jane\tjane@x.com")).containsExactly("Jane", "jane@x.com");
        assertThat(OrderChecks.split("jane@x.com")).containsExactly("", "jane@x.com");
    }

    @Test
    void theBuilderUsesEachPatternForEveryoneThenNumbersAndSkipsTakenAddresses() {
        List<MailboxBuilder.Built> built = MailboxBuilder.build(List.of("Jane Doe", "Élodie Martin-Roy", "Cher"),
                List.of(AddressPattern.FIRST_DOT_LAST, AddressPattern.F_DOT_LAST), "x.com", Set.of("jane.doe@x.com"), 7);
        assertThat(built).extracting(MailboxBuilder.Built::email).containsExactly("elodie.martinroy@x.com",
                "j.doe@x.com", "e.martinroy@x.com", "jane.doe2@x.com", "elodie.martinroy2@x.com", "j.doe2@x.com",
                "e.martinroy2@x.com");
        assertThat(built.getFirst().name()).isEqualTo("Élodie Martin-Roy");
        assertThat(MailboxBuilder.build(List.of("Cher"), List.of(AddressPattern.FIRST), "x.com", Set.of(), 3))
                .extracting(MailboxBuilder.Built::email).containsExactly("cher@x.com", "cher2@x.com", "cher3@x.com");
        assertThat(MailboxBuilder.build(List.of("Cher"), List.of(AddressPattern.LAST), "x.com", Set.of(), 3)).isEmpty();
    }
}
