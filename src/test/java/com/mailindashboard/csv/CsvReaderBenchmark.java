package com.mailindashboard.csv;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one generated CSV (quoted cells with delimiters and line breaks, doubled quotes, non-ASCII
 * names, a few cells that are not UTF-8) with csv.CsvRecordReader and with the two libraries the
 * issue names, each given what the dashboard needs on top: bytes decoded as ISO-8859-1 (one char per
 * byte, so the split is the same as on bytes) and every cell then checked as UTF-8 on its own, so a
 * bad cell marks its record, not the file. Prints the best of several runs per reader and checks that
 * all three saw the same records and the same bad ones. Run by src/test/bench/csv-reader.sh.
 */
public final class CsvReaderBenchmark {

    private CsvReaderBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path file = Files.createTempFile("csv-bench", ".csv");
        try {
            write(file, rows);
            System.out.printf("file: %d rows, %.1f MB%n", rows, Files.size(file) / 1e6);
            Result ours = best("CsvRecordReader (ours)", runs, () -> ours(file));
            Result fast = best("FastCSV 4.1 + per-cell UTF-8", runs, () -> fastCsv(file));
            Result commons = best("Commons CSV 1.14 + per-cell UTF-8", runs, () -> commonsCsv(file));
            if (!ours.sameAs(fast) || !ours.sameAs(commons)) {
                throw new IllegalStateException("The readers disagree: " + ours + " / " + fast + " / " + commons);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    interface Read {
        Result run() throws IOException;
    }

    /** Records, cells, characters and records with a cell that is not UTF-8 (the checksum of a read). */
    record Result(long records, long cells, long chars, long notUtf8) {
        boolean sameAs(Result other) {
            return records == other.records && cells == other.cells && chars == other.chars
                    && notUtf8 == other.notUtf8;
        }
    }

    private static Result best(String name, int runs, Read read) throws IOException {
        long bestNanos = Long.MAX_VALUE;
        Result result = null;
        for (int i = 0; i < runs + 2; i++) { // two warm-up runs
            long start = System.nanoTime();
            result = read.run();
            long took = System.nanoTime() - start;
            if (i >= 2) {
                bestNanos = Math.min(bestNanos, took);
            }
        }
        System.out.printf("%-36s best of %d: %6d ms  (%s)%n", name, runs, bestNanos / 1_000_000, result);
        return result;
    }

    private static Result ours(Path file) throws IOException {
        long records = 0;
        long cells = 0;
        long chars = 0;
        long notUtf8 = 0;
        try (CsvRecordReader reader = CsvRecordReader.open(Files.newInputStream(file), 4096)) {
            for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
                records++;
                cells += record.cells().size();
                for (String cell : record.cells()) {
                    chars += cell.length();
                }
                notUtf8 += record.notUtf8() ? 1 : 0;
            }
        }
        return new Result(records, cells, chars, notUtf8);
    }

    private static Result fastCsv(Path file) throws IOException {
        try (Reader reader = latin1(file);
             CsvReader<de.siegmar.fastcsv.reader.CsvRecord> csv = CsvReader.builder().fieldSeparator(',')
                     .quoteCharacter('"').commentStrategy(CommentStrategy.NONE).skipEmptyLines(true)
                     .ofCsvRecord(reader)) {
            Utf8Cells check = new Utf8Cells();
            for (de.siegmar.fastcsv.reader.CsvRecord record : csv) {
                check.record(record.getFields());
            }
            return check.result();
        }
    }

    private static Result commonsCsv(Path file) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(',').setIgnoreEmptyLines(true).get();
        try (Reader reader = latin1(file); CSVParser parser = format.parse(reader)) {
            Utf8Cells check = new Utf8Cells();
            for (CSVRecord record : parser) {
                check.record(record.toList());
            }
            return check.result();
        }
    }

    /** Bytes as ISO-8859-1 chars after the byte order mark: the split is the same as on bytes. */
    private static Reader latin1(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
        in.mark(3);
        byte[] bom = in.readNBytes(3);
        if (!(bom.length == 3 && bom[0] == (byte) 0xEF && bom[1] == (byte) 0xBB && bom[2] == (byte) 0xBF)) {
            in.reset();
        }
        return new InputStreamReader(in, StandardCharsets.ISO_8859_1);
    }

    /** Each cell's ISO-8859-1 chars taken back to bytes and decoded as strict UTF-8. */
    private static final class Utf8Cells {
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private long records;
        private long cells;
        private long chars;
        private long notUtf8;

        void record(List<String> raw) {
            List<String> decoded = new ArrayList<>(raw.size());
            boolean bad = false;
            for (String cell : raw) {
                try {
                    decoded.add(decoder.decode(ByteBuffer.wrap(cell.getBytes(StandardCharsets.ISO_8859_1))).toString());
                } catch (CharacterCodingException e) {
                    decoded.add(cell);
                    bad = true;
                }
            }
            if (decoded.stream().allMatch(String::isBlank)) {
                return;
            }
            records++;
            cells += decoded.size();
            for (String cell : decoded) {
                chars += cell.length();
            }
            notUtf8 += bad ? 1 : 0;
        }

        Result result() {
            return new Result(records, cells, chars, notUtf8);
        }
    }

    private static void write(Path file, int rows) throws IOException {
        try (var out = Files.newOutputStream(file);
             BufferedWriter text = new BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8))) {
            text.write("\uFEFFemail,first_name,last_name,password,note,domain\r\n");
            for (int i = 0; i < rows; i++) {
                String first = i % 7 == 0 ? "Zoë" : i % 11 == 0 ? "Łukasz" : "first" + i;
                String note = switch (i % 5) {
                    case 0 -> "\"a note, with a comma\"";
                    case 1 -> "\"said \"\"hello\"\" twice\"";
                    case 2 -> "\"two\nlines\"";
                    default -> "plain note " + i;
                };
                text.write("user" + i + "@example" + (i % 50) + ".com," + first + ",Last" + i + ",Pass-" + i
                        + "-Word," + note + ",example" + (i % 50) + ".com\r\n");
                if (i % 1000 == 999) {
                    text.flush();
                    out.write(("bad" + i + "@example.com,\u00e9t\u00e9").getBytes(StandardCharsets.ISO_8859_1));
                    out.write(",x,y,z,w\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                }
            }
        }
    }
}
