package com.mailindashboard.verification;

import com.mailindashboard.support.HeapProbe;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Rerunnable benchmark (not a test): the pre-check of a generated 25 MB CSV of about a million
 * addresses, exactly as a check runs it: the project's streaming CSV reader, e-mail column
 * detection, syntax check, case-insensitive dedupe, and the cleaned one-column CSV written to a
 * file. Prints the wall time and the heap: retained growth (used heap after a full GC, after minus
 * before), the peak above the start (sum of the heap pools' peaks, an upper bound), the largest
 * heap a GC found while the check ran, and the bytes allocated in all.
 *
 * <p>Run it with {@code src/test/bench/verification-precheck.sh [megabytes] [runs]} (see
 * {@code src/test/bench/README.md}). Target on the 2-core machine: under 5 s and under 64 MB of
 * heap growth for 25 MB.
 */
public final class VerificationPrecheckBenchmark {

    private VerificationPrecheckBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long bytes = (long) ((args.length > 0 ? Double.parseDouble(args[0]) : 25.0) * 1024 * 1024) - 1024;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path csv = Files.createTempFile("verification-precheck-", ".csv");
        Path cleaned = Files.createTempFile("verification-cleaned-", ".csv");
        try {
            long rows = generate(csv, bytes);
            System.out.printf("CSV: %,d rows, %,d bytes; JVM max heap %d MB; %d processors%n", rows, Files.size(csv),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors());
            for (int run = 1; run <= runs; run++) {
                run(run, csv, cleaned);
            }
        } finally {
            Files.deleteIfExists(csv);
            Files.deleteIfExists(cleaned);
        }
    }

    /**
     * Rows up to {@code bytes}: a byte order mark, a header with the address in the second of three
     * columns, CRLF; about 1 in 100 rows repeats an earlier address in capitals, 1 in 97 is not an
     * address, 1 in 500 is blank. Returns the rows written.
     */
    static long generate(Path file, long bytes) throws IOException {
        long written = 0;
        long rows = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            String header = "\uFEFFid;email;src\r\n";
            out.write(header);
            written += header.length() + 2;
            for (long i = 1; ; i++) {
                String address = i % 97 == 0 ? "no address " + i
                        : i % 500 == 0 ? ""
                        : i % 100 == 0 ? ("u" + (i - 50) + "@b" + ((i - 50) % 40) + ".io").toUpperCase()
                        : "u" + i + "@b" + (i % 40) + ".io";
                String line = (i % 10) + ";" + address + ";x\r\n";
                if (written + line.length() > bytes) {
                    return rows;
                }
                out.write(line);
                written += line.length();
                rows++;
            }
        }
    }

    private static void run(int run, Path csv, Path cleaned) throws IOException {
        long before = HeapProbe.usedAfterGc();
        HeapProbe.resetPeaks();
        HeapProbe watch = HeapProbe.watchGc();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long started = System.nanoTime();
        PrecheckResult result;
        int expected = (int) Math.min(Files.size(csv) / 24 + 16, 4_000_000); // as VerificationChecks sizes it
        try (SheetRows rows = SheetRows.open(csv, "bench.csv");
             Writer out = new BufferedWriter(Files.newBufferedWriter(cleaned, StandardCharsets.UTF_8), 64 * 1024)) {
            result = Precheck.file(rows, null, out, expected);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        long peak = HeapProbe.sumOfPeaks();
        long gcPeak = watch.stop();
        long after = HeapProbe.usedAfterGc();
        System.out.printf("run %d: %,d ms; %,d rows, %,d unique, %,d duplicates, %,d not addresses, %,d blank; cleaned"
                        + " CSV %,d bytes; heap retained %+.1f MB, peak above start %.1f MB (pool peaks), largest heap"
                        + " seen by GC %.1f MB above start (%d GCs); %.0f MB allocated in all%n",
                run, millis, result.rows(), result.unique(), result.duplicates(), result.invalid(), result.blank(),
                Files.size(cleaned), HeapProbe.mb(after - before), HeapProbe.mb(peak - before),
                HeapProbe.mb(Math.max(0, gcPeak - before)), watch.collections(), HeapProbe.mb(allocated));
    }
}
