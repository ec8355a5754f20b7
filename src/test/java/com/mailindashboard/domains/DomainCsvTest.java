package com.mailindashboard.domains;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DomainCsvTest {

    private static List<String> read(String text) throws IOException {
        return DomainCsv.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void withoutAHeaderTheFirstColumnIsRead() throws IOException {
        assertThat(read("one.com,x\ntwo.com,y\n")).containsExactly("one.com", "two.com");
        assertThat(read("one.com\ntwo.com")).containsExactly("one.com", "two.com");
    }

    @Test
    void theColumnHeadedDomainOrDomainNameIsReadWhateverItsCaseOrPlace() throws IOException {
        assertThat(read("id,Domain,notes\n1,one.com,a\n2,two.com,b\n")).containsExactly("one.com", "two.com");
        assertThat(read("note;DOMAIN_NAME\nx;three.com\n")).containsExactly("three.com");
        assertThat(read(" Domain Name \t owner\nfour.com\tann\n")).containsExactly("four.com");
    }

    @Test
    void semicolonAndTabDelimitersAreDetected() throws IOException {
        assertThat(read("a.com;first\nb.com;second")).containsExactly("a.com", "b.com");
        assertThat(read("a.com\tfirst\nb.com\tsecond")).containsExactly("a.com", "b.com");
    }

    @Test
    void byteOrderMarksCrlfBlankLinesAndQuotesAreTolerated() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "domain,comment\r\n\r\n\"quoted.com\",\"has, comma\"\r\n  \r\n\"multi\r\nline\",x\r\n,empty\r\nlast.com,\"say \"\"hi\"\"\"\r\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(body, 0, file, bom.length, body.length);

        assertThat(DomainCsv.read(new ByteArrayInputStream(file))).containsExactly("quoted.com", "multi\r\nline", "last.com");
    }

    @Test
    void utf16FromASpreadsheetIsRead() throws IOException {
        byte[] text = "domain\tnote\r\nwide.com\tx\r\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] file = new byte[text.length + 2];
        file[0] = (byte) 0xFF;
        file[1] = (byte) 0xFE;
        System.arraycopy(text, 0, file, 2, text.length);

        assertThat(DomainCsv.read(new ByteArrayInputStream(file))).containsExactly("wide.com");
    }

    @Test
    void anEmptyFileHasNoNames() throws IOException {
        assertThat(read("")).isEmpty();
        assertThat(read("domain\n\n")).isEmpty();
    }

    @Test
    void filesOverOneMegabyteAreRefused() {
        String big = "x.com\n".repeat(DomainCsv.MAX_BYTES / 6 + 1);

        assertThatThrownBy(() -> read(big)).isInstanceOf(DomainCsv.Refused.class)
                .extracting(e -> ((DomainCsv.Refused) e).messageKey()).isEqualTo("domains.buy.csv.too-large");
    }

    @Test
    void moreThanAThousandNamesAreRefused() throws IOException {
        StringBuilder thousand = new StringBuilder("domain\n");
        for (int i = 0; i < DomainCsv.MAX_NAMES; i++) {
            thousand.append("name").append(i).append(".com\n");
        }
        assertThat(read(thousand.toString())).hasSize(1000);

        assertThatThrownBy(() -> read(thousand + "one-more.com\n")).isInstanceOf(DomainCsv.Refused.class)
                .satisfies(e -> {
                    DomainCsv.Refused refused = (DomainCsv.Refused) e;
                    assertThat(refused.messageKey()).isEqualTo("domains.buy.csv.too-many");
                    assertThat(refused.arguments()).containsExactly(1000, 1001);
                });
    }
}
