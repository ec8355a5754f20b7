package com.mailindashboard.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {

    private static List<CsvRecord> readAll(byte[] bytes, int maxCellBytes) throws IOException {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvRecordReader reader = CsvRecordReader.open(new ByteArrayInputStream(bytes), maxCellBytes)) {
            for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
                records.add(record);
            }
        }
        return records;
    }

    private static List<CsvRecord> readAll(String text) throws IOException {
        return readAll(text.getBytes(StandardCharsets.UTF_8), 1024);
    }

    private static char delimiterOf(String text) throws IOException {
        try (CsvRecordReader reader = CsvRecordReader.open(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 1024)) {
            return reader.delimiter();
        }
    }

    @Test
    void theDelimiterUsedMostOnTheFirstLineWithContentIsSniffed() throws IOException {
        assertThat(delimiterOf("a;b;c\nd,e\n")).isEqualTo(';');
        assertThat(delimiterOf("\n , \na\tb\n")).isEqualTo('\t');
        assertThat(delimiterOf("\"x;y;z\",b\n")).isEqualTo(',');
        assertThat(delimiterOf("single\n")).isEqualTo(',');
        assertThat(delimiterOf("")).isEqualTo(',');
    }

    @Test
    void quotedCellsKeepDelimitersDoubledQuotesAndLineBreaks() throws IOException {
        List<CsvRecord> records = readAll("a,b\n\"one, two\",\"say \"\"hi\"\"\"\n \"multi\r\nline\",x\n");

        assertThat(records).extracting(CsvRecord::cells).containsExactly(
                List.of("a", "b"), List.of("one, two", "say \"hi\""), List.of("multi\r\nline", "x"));
    }

    @Test
    void eachRecordCarriesThePhysicalLineItStartsOnAndBlankRecordsAreSkipped() throws IOException {
        List<CsvRecord> records = readAll("h1;h2\r\n\r\n ; \r\n\"a\nb\";c\rlast;d");

        assertThat(records).extracting(CsvRecord::line).containsExactly(1, 4, 6);
        assertThat(records.get(2).cells()).containsExactly("last", "d");
        assertThat(records.get(1).cell(1)).isEqualTo("c");
        assertThat(records.get(1).cell(2)).isNull();
    }

    @Test
    void theUtf8ByteOrderMarkIsNotPartOfTheFirstCell() throws IOException {
        byte[] body = "domain,x\n".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        file.write(body);

        assertThat(readAll(file.toByteArray(), 1024).getFirst().cells()).containsExactly("domain", "x");
    }

    @Test
    void aCellThatIsNotUtf8MarksOnlyItsRecord() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write("Zoë,1\nRen".getBytes(StandardCharsets.UTF_8));
        file.write(0xE9);
        file.write("e,2\nok,3\n".getBytes(StandardCharsets.UTF_8));

        List<CsvRecord> records = readAll(file.toByteArray(), 1024);

        assertThat(records).extracting(CsvRecord::notUtf8).containsExactly(false, true, false);
        assertThat(records.get(0).cell(0)).isEqualTo("Zoë");
        assertThat(records.get(1).cell(0)).isEqualTo("Ren\uFFFDe");
    }

    @Test
    void aLongCellIsCutAndAnUnterminatedQuoteMarked() throws IOException {
        List<CsvRecord> records = readAll("12345678,ok\nshort,\"never closed\n".getBytes(StandardCharsets.UTF_8), 5);

        assertThat(records.get(0).cells()).containsExactly("12345", "ok");
        assertThat(records.get(0).tooLong()).isTrue();
        assertThat(records.get(0).unterminatedQuote()).isFalse();
        assertThat(records.get(1).cells()).containsExactly("short", "never");
        assertThat(records.get(1).unterminatedQuote()).isTrue();
        assertThat(records.get(1).tooLong()).isTrue();
    }

    @Test
    void utf16AndFilesOverTheByteLimitAreUnreadable() {
        byte[] utf16 = {(byte) 0xFE, (byte) 0xFF, 0, 'a'};
        assertThatThrownBy(() -> CsvRecordReader.open(new ByteArrayInputStream(utf16), 10))
                .isInstanceOf(CsvUnreadableException.class)
                .extracting(e -> ((CsvUnreadableException) e).reason()).isEqualTo(CsvUnreadableException.Reason.UTF16);

        byte[] big = "row,of,cells\n".repeat(10_000).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> {
            try (CsvRecordReader reader = CsvRecordReader.open(new ByteArrayInputStream(big), 10, 100_000)) {
                while (reader.next() != null) {
                    // read to the end
                }
            }
        }).isInstanceOf(CsvUnreadableException.class)
                .extracting(e -> ((CsvUnreadableException) e).reason()).isEqualTo(CsvUnreadableException.Reason.TOO_LARGE);
    }
}
