package com.mailindashboard.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming check of lists and files: column detection, dedupe, syntax, and the exact cleaned CSV. */
class PrecheckTest {

    @TempDir
    Path dir;

    @Test
    void csvWithSemicolonsAndAByteOrderMarkFindsTheAliasedColumn() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String body = "Name;E-Mail;Company\r\nAnn;ann@acme.io;Acme\r\nBob;BOB@acme.io ;Acme\r\nAnn again;Ann@Acme.io;Acme\r\n"
                + "Nobody;not-an-address;Acme\r\nBlank;;Acme\r\n";
        StringWriter cleaned = new StringWriter();

        PrecheckResult result = Precheck.file(csv(concat(bom, body)), null, cleaned, 16);

        assertThat(result.needsColumn()).isFalse();
        assertThat(result.column()).isEqualTo(1);
        assertThat(result.columnLabel()).isEqualTo("E-Mail");
        assertThat(result.header()).isTrue();
        assertThat(List.of(result.rows(), result.unique(), result.duplicates(), result.invalid(), result.blank()))
                .containsExactly(5L, 2L, 1L, 1L, 1L);
        assertThat(result.invalidSamples()).containsExactly(new InvalidSample(5, "not-an-address"));
        assertThat(cleaned.toString()).isEqualTo("email\r\nann@acme.io\r\nBOB@acme.io\r\n");
    }

    @Test
    void xlsxWithTheAddressInTheThirdColumnIsReadStreaming() throws IOException {
        Path file = VerificationCorpus.xlsx(dir.resolve("leads.xlsx"), VerificationCorpus.fortyWithThreeDuplicates());
        StringWriter cleaned = new StringWriter();

        PrecheckResult result;
        try (SheetRows rows = SheetRows.open(file, "leads.xlsx")) {
            result = Precheck.file(rows, null, cleaned, 64);
        }

        assertThat(result.column()).isEqualTo(2);
        assertThat(result.columnLabel()).isEqualTo("Email Address");
        assertThat(List.of(result.rows(), result.unique(), result.duplicates(), result.invalid()))
                .containsExactly(40L, 37L, 3L, 0L);
        List<String> sent = cleaned.toString().lines().toList();
        assertThat(sent).hasSize(38).startsWith("email", "bounce1@leads.example.com").endsWith("lead37@leads.example.com");
    }

    @Test
    void aFileWithoutAnEmailColumnAsksWhichColumnAndWritesNothing() throws IOException {
        String body = "name,company,contact\nAnn,Acme,ann at acme\nBob,Beta,call bob\n";
        StringWriter cleaned = new StringWriter();

        PrecheckResult result = Precheck.file(csv(body.getBytes(StandardCharsets.UTF_8)), null, cleaned, 16);

        assertThat(result.needsColumn()).isTrue();
        assertThat(result.columns()).extracting(ColumnChoice::letter).containsExactly("A", "B", "C");
        assertThat(result.columns().get(2).samples()).containsExactly("contact", "ann at acme", "call bob");
        assertThat(cleaned.toString()).isEmpty();
    }

    @Test
    void aChosenColumnIsReadAndAHeaderRowRecognised() throws IOException {
        String body = "who,where\nAnn,ann@acme.io\nBob,bob@beta.io\n";
        StringWriter cleaned = new StringWriter();

        PrecheckResult result = Precheck.file(csv(body.getBytes(StandardCharsets.UTF_8)), 1, cleaned, 16);

        assertThat(result.header()).isTrue();
        assertThat(result.unique()).isEqualTo(2);
        assertThat(cleaned.toString()).isEqualTo("email\r\nann@acme.io\r\nbob@beta.io\r\n");
    }

    @Test
    void aHeaderlessFileWithOneAddressColumnNeedsNoQuestion() throws IOException {
        String body = "ann@acme.io,Ann\nbob@beta.io,Bob\nann@acme.io,Ann\n";
        StringWriter cleaned = new StringWriter();

        PrecheckResult result = Precheck.file(csv(body.getBytes(StandardCharsets.UTF_8)), null, cleaned, 16);

        assertThat(result.header()).isFalse();
        assertThat(List.of(result.rows(), result.unique(), result.duplicates())).containsExactly(3L, 2L, 1L);
    }

    @Test
    void aPastedListIsSplitOnLinesCommasAndSemicolons() throws IOException {
        StringWriter cleaned = new StringWriter();

        PrecheckResult result = Precheck.pasted("ann@acme.io, bob@beta.io;\r\nANN@ACME.IO\nnot an address\n\n"
                + "mailto:carl@gamma.io;broken@;x@y", cleaned);

        assertThat(List.of(result.rows(), result.unique(), result.duplicates(), result.invalid()))
                .containsExactly(7L, 3L, 1L, 3L);
        assertThat(result.invalidSamples()).extracting(InvalidSample::line).containsExactly(3, 5, 5);
        assertThat(cleaned.toString()).isEqualTo("email\r\nann@acme.io\r\nbob@beta.io\r\ncarl@gamma.io\r\n");
    }

    @Test
    void fiveHundredAndOnePastedAddressesAreAllKept() throws IOException {
        String list = IntStream.rangeClosed(1, 501).mapToObj(i -> "user" + i + "@example.com")
                .collect(Collectors.joining("\n"));
        StringWriter cleaned = new StringWriter();

        PrecheckResult result = Precheck.pasted(list, cleaned);

        assertThat(result.unique()).isEqualTo(501);
        assertThat(cleaned.toString().lines().count()).isEqualTo(502);
    }

    @Test
    void theSyntaxCheckRefusesWhatIsNotWorthACredit() {
        assertThat(List.of("ann@acme.io", "first.last+tag@sub.example.co.uk", "o'brien@example.ie", "a_b@x-y.com"))
                .allMatch(EmailSyntax::valid);
        assertThat(List.of("plain", "@acme.io", "ann@", "ann@acme", "ann@@acme.io", "ann@acme..io", ".ann@acme.io",
                "ann.@acme.io", "an..n@acme.io", "ann@-acme.io", "ann@acme.123", "ann smith@acme.io", "ann@acme.io,",
                "\"ann\"@acme.io", "ann@[127.0.0.1]", "jöhn@acme.io", "a@b.c"))
                .noneMatch(EmailSyntax::valid);
    }

    @Test
    void theAddressSetIsCaseInsensitiveAndGrows() {
        AddressSet set = new AddressSet(4);
        for (int i = 0; i < 10_000; i++) {
            assertThat(set.add("user" + i + "@example.com")).isTrue();
        }
        assertThat(set.add("USER42@EXAMPLE.COM")).isFalse();
        assertThat(set.size()).isEqualTo(10_000);
    }

    private static SheetRows csv(byte[] bytes) throws IOException {
        return SheetRows.csv(new ByteArrayInputStream(bytes));
    }

    private static byte[] concat(byte[] first, String rest) {
        byte[] tail = rest.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[first.length + tail.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(tail, 0, all, first.length, tail.length);
        return all;
    }
}
