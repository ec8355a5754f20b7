package com.mailindashboard.mailboxes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CSV corpus in {@code src/test/resources/csv}: each file has a {@code .expected} file beside
 * it with the provider, the notices and, for every row, its line, address and verdict (the problem
 * tokens the reader and the local checks find, or {@code ok}). Every row is asserted.
 */
class MailboxCsvReaderTest {

    private static final long TEN_MB = 10L * 1024 * 1024;

    static Stream<String> corpus() throws IOException, URISyntaxException {
        Path folder = Path.of(MailboxCsvReaderTest.class.getResource("/csv").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".expected")).sorted()
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyRowOfTheCorpusGetsItsExpectedVerdict(String file) throws Exception {
        Expected expected = Expected.read(file);
        List<String> actual = new ArrayList<>();
        List<String> notices;
        try (InputStream in = MailboxCsvReaderTest.class.getResourceAsStream("/csv/" + file);
             MailboxCsvReader reader = MailboxCsvReader.open(in, expected.provider(), 50_000, TEN_MB)) {
            notices = reader.notices();
            MailboxRowChecks checks = new MailboxRowChecks(expected.provider());
            for (MailboxCsvRow row = reader.next(); row != null; row = reader.next()) {
                MailboxRowVerdict verdict = checks.check(row);
                actual.add(verdict.line() + " | " + (verdict.address() == null ? "-" : verdict.address()) + " | "
                        + (verdict.ok() ? "ok" : String.join(" + ", verdict.problems())));
            }
        }
        assertThat(notices).as("notices of %s", file).containsExactlyElementsOf(expected.notices());
        assertThat(actual).as("rows of %s", file).containsExactlyElementsOf(expected.rows());
    }

    @Test
    void quotedCellsKeepTheirDelimitersQuotesAndLineBreaks() throws IOException {
        List<MailboxCsvRow> rows = readAll("smtp-quoted.csv", MailboxProvider.SMTP);

        assertThat(rows.get(0).name()).isEqualTo("Doe, Ivan");
        assertThat(rows.get(0).password()).isEqualTo("pa,ss\"word1");
        assertThat(rows.get(1).name()).isEqualTo("Judy\nMulti Line");
        assertThat(rows.get(2).name()).isEqualTo("Kim \"The Boss\" Lee");
    }

    @Test
    void crlfIsOneLineEndAndTheByteOrderMarkIsNotPartOfTheHeader() throws IOException {
        List<MailboxCsvRow> semicolons = readAll("smtp-semicolon-crlf.csv", MailboxProvider.SMTP);
        assertThat(semicolons.get(0).name()).isEqualTo("Frank, Jr.");
        assertThat(semicolons.get(0).password()).isNull();
        assertThat(semicolons.get(1).password()).isEqualTo("pass word 1");

        List<MailboxCsvRow> bom = readAll("smtp-bom-comma.csv", MailboxProvider.SMTP);
        assertThat(bom.getFirst().address()).isEqualTo("ann@example.com");
    }

    @Test
    void aCellThatIsNotUtf8IsReadWithReplacementCharactersAndMarked() throws IOException {
        List<MailboxCsvRow> rows = readAll("smtp-non-utf8.csv", MailboxProvider.SMTP);

        assertThat(rows.get(1).name()).isEqualTo("Ren\uFFFDe");
        assertThat(rows.get(1).problems()).containsExactly("encoding");
        assertThat(rows.get(2).name()).isEqualTo("Zoë");
    }

    @Test
    void moreRowsThanTheLimitAreRefusedWhileStreaming() throws IOException {
        String csv = "username,name\n" + "a@example.com,A\n".repeat(5);
        try (MailboxCsvReader reader = open(csv, 4)) {
            for (int i = 0; i < 4; i++) {
                assertThat(reader.next()).isNotNull();
            }
            assertThatThrownBy(reader::next).isInstanceOf(MailboxCreationRefusal.class)
                    .extracting(e -> ((MailboxCreationRefusal) e).messageKey()).isEqualTo("mailboxes.csv.too-many-rows");
        }
    }

    @Test
    void blankRowsDoNotCountTowardsTheLimit() throws IOException {
        String csv = "username,name\n\n,\na@example.com,A\n\n\nb@example.com,B\n";
        try (MailboxCsvReader reader = open(csv, 2)) {
            assertThat(reader.next().line()).isEqualTo(4);
            assertThat(reader.next().line()).isEqualTo(7);
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void moreBytesThanTheLimitAreRefused() {
        byte[] big = ("username,name\n" + "someone@example.com,Some One\n".repeat(10_000)).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> {
            try (MailboxCsvReader reader = MailboxCsvReader.open(new ByteArrayInputStream(big),
                    MailboxProvider.SMTP, 50_000, 100 * 1024)) {
                while (reader.next() != null) {
                    // read to the end
                }
            }
        }).isInstanceOf(MailboxCreationRefusal.class).hasMessage("mailboxes.csv.too-large");
    }

    @Test
    void filesThatCannotBeReadAreRefusedWithAReason() {
        assertRefused(new byte[0], "mailboxes.csv.empty");
        assertRefused("\n\n  \n".getBytes(StandardCharsets.UTF_8), "mailboxes.csv.empty");
        assertRefused("name,password\nAnn,Secret-123\n".getBytes(StandardCharsets.UTF_8),
                "mailboxes.csv.no-address-column");
        assertRefused("who,what\nann,x\n".getBytes(StandardCharsets.UTF_8), "mailboxes.csv.no-header");
        assertRefused(new byte[] {(byte) 0xFF, (byte) 0xFE, 'u', 0, 's', 0}, "mailboxes.csv.utf16");
    }

    @Test
    void aHugeUnterminatedCellIsCappedAndMarked() throws IOException {
        String csv = "username,name\nann@example.com,\"" + "x".repeat(100_000) + "\n";
        try (MailboxCsvReader reader = open(csv, 10)) {
            MailboxCsvRow row = reader.next();
            assertThat(row.name()).hasSize(MailboxCsvReader.MAX_CELL_BYTES);
            assertThat(row.problems()).containsExactly("unterminated-quote", "too-long");
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void aCellSplitAcrossBufferRefillsIsReadWhole() throws IOException {
        // the buffer holds 64 KB: the first byte of "ë" is its last byte, the second the next refill's first
        String padding = "p".repeat(64 * 1024 - 55);
        String csv = "username,name\nfirst@example.com," + padding + "\nsecond@example.com,Zoë Ünal Çelik\n";
        try (MailboxCsvReader reader = open(csv, 10)) {
            MailboxCsvRow first = reader.next();
            assertThat(first.name()).hasSize(MailboxCsvReader.MAX_CELL_BYTES);
            assertThat(first.problems()).containsExactly("too-long");
            MailboxCsvRow second = reader.next();
            assertThat(second.name()).isEqualTo("Zoë Ünal Çelik");
            assertThat(second.problems()).isEmpty();
            assertThat(second.line()).isEqualTo(3);
        }
    }

    private static void assertRefused(byte[] content, String key) {
        assertThatThrownBy(() -> MailboxCsvReader.open(new ByteArrayInputStream(content), MailboxProvider.SMTP,
                10, TEN_MB)).isInstanceOf(MailboxCreationRefusal.class).hasMessage(key);
    }

    private static MailboxCsvReader open(String csv, int maxRows) throws IOException {
        return MailboxCsvReader.open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                MailboxProvider.SMTP, maxRows, TEN_MB);
    }

    private static List<MailboxCsvRow> readAll(String file, MailboxProvider provider) throws IOException {
        List<MailboxCsvRow> rows = new ArrayList<>();
        try (InputStream in = MailboxCsvReaderTest.class.getResourceAsStream("/csv/" + file);
             MailboxCsvReader reader = MailboxCsvReader.open(in, provider, 50_000, TEN_MB)) {
            for (MailboxCsvRow row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** A {@code .expected} file: {@code provider:}, {@code notices:} (separated by " | ") and one line per row. */
    private record Expected(MailboxProvider provider, List<String> notices, List<String> rows) {

        static Expected read(String file) {
            String name = file.substring(0, file.lastIndexOf('.')) + ".expected";
            try (InputStream in = MailboxCsvReaderTest.class.getResourceAsStream("/csv/" + name)) {
                assertThat(in).as("expectations for %s", file).isNotNull();
                MailboxProvider provider = null;
                List<String> notices = List.of();
                List<String> rows = new ArrayList<>();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    if (line.startsWith("provider:")) {
                        provider = MailboxProvider.valueOf(line.substring(9).strip());
                    } else if (line.startsWith("notices:")) {
                        notices = Arrays.stream(line.substring(8).split(" \\| ")).map(String::strip).toList();
                    } else {
                        rows.add(line.strip());
                    }
                }
                return new Expected(provider, notices, rows);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
