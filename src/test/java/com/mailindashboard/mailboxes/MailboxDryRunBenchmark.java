package com.mailindashboard.mailboxes;

import com.mailindashboard.secrets.SecretCipher;
import com.mailindashboard.support.HeapProbe;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.KeyGenerator;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rerunnable benchmark (not a test): the dry run of a generated 10,000-row CSV, with the real
 * reader, checks, password encryption and batched storage (on the embedded H2 file database the
 * dashboard uses by default, in a temporary folder, migrated by Flyway), and an in-memory fake of
 * the Mailin lookups (each domain may be asked once: a second lookup fails the run).
 * Prints the wall time and the heap: retained growth (used heap after a full GC, after minus
 * before), the peak above the starting heap (sum of the heap pools' peaks, an upper bound), the
 * largest heap seen by a GC while the dry run ran, and the bytes allocated in all (mostly garbage,
 * collected as it goes: run with {@code BENCH_HEAP=64m} to see the whole run fit in 64 MB).
 *
 * <p>Run it with {@code src/test/bench/mailbox-dry-run.sh [rows] [runs]} (see
 * {@code src/test/bench/README.md}), or from an IDE with the test classpath. Target on the 2-core
 * machine: under 2 s and under 64 MB of heap growth for 10,000 rows.
 */
public final class MailboxDryRunBenchmark {

    private static final int DOMAINS = 20;
    private static final int EXISTING_PER_DOMAIN = 300;

    private MailboxDryRunBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path csv = Files.createTempFile("mailbox-dry-run-", ".csv");
        Path data = Files.createTempDirectory("mailbox-dry-run-db-");
        try {
            generate(csv, rows);
            System.out.printf("CSV: %,d rows, %,d bytes, %d domains; JVM max heap %d MB; %d processors%n", rows,
                    Files.size(csv), DOMAINS, Runtime.getRuntime().maxMemory() / (1024 * 1024),
                    Runtime.getRuntime().availableProcessors());
            Bench bench = new Bench(data);
            for (int run = 1; run <= runs; run++) {
                bench.run(run, csv);
            }
        } finally {
            Files.deleteIfExists(csv);
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Rows over {@value #DOMAINS} domains; about 1 in 50 has a problem, 1 in 100 is a duplicate, some already exist. */
    static void generate(Path file, int rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("\uFEFFemail,display_name,password\r\n");
            for (int i = 1; i <= rows; i++) {
                int n = i % 100 == 0 ? i - 1 : i;
                String domain = "bench-" + (i % DOMAINS) + ".com";
                String address = i % 97 == 0 ? "broken address " + i : "user" + n + "@" + domain;
                String name = i % 89 == 0 ? "" : "\"Sales, Team " + i + "\"";
                String password = i % 3 == 0 ? "" : i % 71 == 0 ? "short" : "Pass-" + (100_000 + i);
                out.write(address + "," + name + "," + password + "\r\n");
            }
        }
    }

    private static final class Bench {

        private final JdbcTemplate jdbc;
        private final CountingDirectory directory = new CountingDirectory();
        private final MailboxCreationDryRun dryRun;

        Bench(Path data) throws NoSuchAlgorithmException {
            JdbcDataSource dataSource = new JdbcDataSource();
            // the application's default database: H2 in a file (same URL options as application.yml)
            dataSource.setURL("jdbc:h2:file:" + data.resolve("bench") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE;DB_CLOSE_DELAY=-1");
            dataSource.setUser("sa");
            Flyway.configure().dataSource(dataSource)
                    .locations("classpath:db/migration/common", "classpath:db/migration/h2").load().migrate();
            jdbc = new JdbcTemplate(dataSource);
            KeyGenerator keys = KeyGenerator.getInstance("AES");
            keys.init(256);
            dryRun = new MailboxCreationDryRun(directory, new MailboxDryRunStore(jdbc), new SecretCipher(keys.generateKey()),
                    new TransactionTemplate(new DataSourceTransactionManager(dataSource)), Clock.systemUTC());
        }

        void run(int run, Path csv) throws IOException {
            directory.reset();
            jdbc.update("delete from mailbox_dry_run");
            long before = HeapProbe.usedAfterGc();
            HeapProbe.resetPeaks();
            HeapProbe watch = HeapProbe.watchGc();
            com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
            long started = System.nanoTime();
            MailboxDryRunSummary result = dryRun.run(MailboxProvider.SMTP,
                    () -> MailboxCsvReader.open(Files.newInputStream(csv), MailboxProvider.SMTP, 50_000,
                            10L * 1024 * 1024), csv.getFileName().toString(), "bench@team.test");
            long millis = (System.nanoTime() - started) / 1_000_000;
            long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
            long peak = HeapProbe.sumOfPeaks();
            long gcPeak = watch.stop();
            long after = HeapProbe.usedAfterGc();
            Integer stored = jdbc.queryForObject("select count(*) from mailbox_dry_run_row", Integer.class);
            System.out.printf("run %d: %,d ms; %,d rows stored (%,d valid, %,d with errors); lookups %d domain + %d list"
                            + " for %d domains; heap retained %+.1f MB, peak above start %.1f MB (pool peaks), largest"
                            + " heap seen by GC %.1f MB above start (%d GCs); %.0f MB allocated in all%n",
                    run, millis, stored, result.validRows(), result.errorRows(), directory.domainCalls.get(),
                    directory.listCalls.get(), DOMAINS, HeapProbe.mb(after - before), HeapProbe.mb(peak - before),
                    HeapProbe.mb(Math.max(0, gcPeak - before)), watch.collections(), HeapProbe.mb(allocated));
        }
    }

    /** Mailin's answers from memory: every domain active, {@value #EXISTING_PER_DOMAIN} mailboxes each; counts the calls. */
    private static final class CountingDirectory implements MailboxDirectory {

        private final AtomicInteger domainCalls = new AtomicInteger();
        private final AtomicInteger listCalls = new AtomicInteger();
        private final Set<String> asked = ConcurrentHashMap.newKeySet();

        void reset() {
            domainCalls.set(0);
            listCalls.set(0);
            asked.clear();
        }

        @Override
        public DomainState domain(MailboxProvider provider, String domain) {
            domainCalls.incrementAndGet();
            if (!asked.add(domain)) {
                throw new IllegalStateException("Domain looked up twice: " + domain);
            }
            return DomainState.ACTIVE;
        }

        @Override
        public Map<String, Long> mailboxes(MailboxProvider provider, String domain) {
            listCalls.incrementAndGet();
            Map<String, Long> existing = new HashMap<>();
            for (int i = 0; i < EXISTING_PER_DOMAIN; i++) {
                existing.put("existing" + i + "@" + domain, (long) i);
            }
            // a few generated rows already exist
            existing.put("user" + (domain.hashCode() & 0xFF) + "@" + domain, 1L);
            return existing;
        }
    }
}
