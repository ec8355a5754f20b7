package com.mailindashboard.verification;

import com.mailindashboard.csv.CsvRecord;
import com.mailindashboard.csv.CsvRecordReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The rows of an uploaded CSV or XLSX file, one at a time: CSV through the project's streaming
 * record reader, XLSX through fastexcel's streaming reader (rows are parsed from the sheet's XML
 * as they are read; the workbook is never loaded whole).
 */
interface SheetRows extends Closeable {

    /** The longest cell kept from a CSV file; an address has at most 254 characters. */
    int MAX_CELL_BYTES = 4096;

    /** The next row's cells, or null at the end. */
    List<String> next() throws IOException;

    /** The line (CSV) or row number (XLSX) of the row last returned, from 1. */
    int line();

    static SheetRows open(Path file, String fileName) throws IOException {
        return VerificationFiles.isXlsx(fileName) ? xlsx(file) : csv(Files.newInputStream(file));
    }

    static SheetRows csv(InputStream in) throws IOException {
        CsvRecordReader reader = CsvRecordReader.open(in, MAX_CELL_BYTES);
        return new SheetRows() {
            private int line;

            @Override
            public List<String> next() throws IOException {
                CsvRecord record = reader.next();
                if (record == null) {
                    return null;
                }
                line = record.line();
                return record.cells();
            }

            @Override
            public int line() {
                return line;
            }

            @Override
            public void close() throws IOException {
                reader.close();
            }
        };
    }

    static SheetRows xlsx(Path file) throws IOException {
        ReadableWorkbook workbook;
        try {
            workbook = new ReadableWorkbook(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new UnreadableSheetException(e);
        }
        Stream<Row> stream;
        try {
            Sheet sheet = workbook.getFirstSheet();
            stream = sheet.openStream();
        } catch (IOException | RuntimeException e) {
            workbook.close();
            throw new UnreadableSheetException(e);
        }
        Iterator<Row> rows = stream.iterator();
        return new SheetRows() {
            private int line;

            @Override
            public List<String> next() throws IOException {
                try {
                    while (rows.hasNext()) {
                        Row row = rows.next();
                        line = row.getRowNum();
                        List<String> cells = new ArrayList<>(row.getCellCount());
                        boolean content = false;
                        for (int i = 0; i < row.getCellCount(); i++) {
                            String text = row.getCellText(i);
                            cells.add(text == null ? "" : text);
                            content |= text != null && !text.isBlank();
                        }
                        if (content) {
                            return cells;
                        }
                    }
                    return null;
                } catch (RuntimeException e) {
                    throw new UnreadableSheetException(e);
                }
            }

            @Override
            public int line() {
                return line;
            }

            @Override
            public void close() throws IOException {
                try {
                    stream.close();
                } finally {
                    workbook.close();
                }
            }
        };
    }

    /** An XLSX file that cannot be read (not a workbook, damaged). */
    final class UnreadableSheetException extends IOException {
        UnreadableSheetException(Throwable cause) {
            super("The workbook cannot be read", cause);
        }
    }
}
