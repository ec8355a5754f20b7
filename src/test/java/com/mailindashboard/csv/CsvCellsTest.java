package com.mailindashboard.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void plainTextStaysAsItIs() {
        assertThat(CsvCells.cell("team.add")).isEqualTo("team.add");
        assertThat(CsvCells.cell("Zoë 42")).isEqualTo("Zoë 42");
        assertThat(CsvCells.cell("a'b")).isEqualTo("a'b");
    }

    @Test
    void nullAndEmptyAreEmptyCells() {
        assertThat(CsvCells.cell(null)).isEmpty();
        assertThat(CsvCells.cell("")).isEmpty();
    }

    @Test
    void commasQuotesAndLineBreaksAreQuoted() {
        assertThat(CsvCells.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(CsvCells.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvCells.cell("line1\nline2")).isEqualTo("\"line1\nline2\"");
        assertThat(CsvCells.cell("line1\r\nline2")).isEqualTo("\"line1\r\nline2\"");
    }

    @Test
    void cellsThatCouldRunAsFormulasGetALeadingQuote() {
        assertThat(CsvCells.cell("=SUM(A1:A9)")).isEqualTo("'=SUM(A1:A9)");
        assertThat(CsvCells.cell("+1")).isEqualTo("'+1");
        assertThat(CsvCells.cell("-1")).isEqualTo("'-1");
        assertThat(CsvCells.cell("@cmd")).isEqualTo("'@cmd");
        assertThat(CsvCells.cell("\tx")).isEqualTo("'\tx");
        assertThat(CsvCells.cell("\rx")).isEqualTo("\"'\rx\"");
        assertThat(CsvCells.cell("=HYPERLINK(\"http://x\",\"y\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        assertThat(CsvCells.cell("a=b")).isEqualTo("a=b");
    }

    @Test
    void aRowJoinsEscapedCellsAndEndsWithCrlf() {
        assertThat(CsvCells.row(List.of("id", "summary"))).isEqualTo("id,summary\r\n");
        assertThat(CsvCells.row(Arrays.asList("1", null, "a,b", "-x"))).isEqualTo("1,,\"a,b\",'-x\r\n");
        assertThat(CsvCells.row(List.of())).isEqualTo("\r\n");
    }
}
