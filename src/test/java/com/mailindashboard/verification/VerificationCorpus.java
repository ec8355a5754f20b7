package com.mailindashboard.verification;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Files the verification tests read: CSV variants and XLSX workbooks written with fastexcel. */
final class VerificationCorpus {

    private VerificationCorpus() {
    }

    /** A workbook whose first sheet has these rows (strings), written streaming. */
    static Path xlsx(Path file, List<List<String>> rows) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("Leads");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    sheet.value(r, c, rows.get(r).get(c));
                }
            }
            workbook.finish();
        }
        return file;
    }

    /**
     * The journey's workbook: a header (first name, company, Email Address) and 40 rows with the
     * address in the third column, 3 of them repeating an earlier address in other letter case:
     * 37 unique addresses, of which 3 are invalid and 2 catch-all in the sandbox's verdicts.
     */
    static List<List<String>> fortyWithThreeDuplicates() {
        List<List<String>> rows = new java.util.ArrayList<>();
        rows.add(List.of("First name", "Company", "Email Address"));
        IntStream.rangeClosed(1, 37).forEach(i -> rows.add(List.of("Lead " + i, "Company " + i, address(i))));
        rows.add(List.of("Again 1", "Company 1", address(1).toUpperCase()));
        rows.add(List.of("Again 2", "Company 2", address(2)));
        rows.add(List.of("Again 3", "Company 3", " " + address(3) + " "));
        return rows;
    }

    static String address(int i) {
        if (i <= 3) {
            return "bounce" + i + "@leads.example.com";
        }
        if (i <= 5) {
            return "catchall" + i + "@leads.example.com";
        }
        return "lead" + i + "@leads.example.com";
    }
}
