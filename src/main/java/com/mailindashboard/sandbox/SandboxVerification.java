package com.mailindashboard.sandbox;

import static com.mailindashboard.sandbox.SandboxBodies.ordered;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The simulated account's email verification (V1-V8), with state: a credit balance that goes down
 * with each verification and a history of every debit and refund; deterministic verdicts from
 * words in the address ({@code invalid} or {@code bounce}, {@code catchall}, {@code risky},
 * {@code unknown}; anything else is deliverable; {@code slow} makes a single verification answer
 * "verifying" for a few polls); bulk tasks that run for a few polls and then count their categories;
 * a file without an e-mail column becomes a task that fails and is refunded; and result files
 * generated on request behind a storage link that needs no token.
 */
@Component
class SandboxVerification {

    static final long DEMO_CREDITS = 12_500;
    static final String RUNNING = "Email verification is still in progress. Please check the status after some time.";
    static final String REFUNDED = "Your task could not be processed. The used credits have been refunded to your account.";
    static final String NO_COLUMN = "Column with email addresses not found";
    static final String DOWNLOAD_RUNNING = "Task is still in progress. Please try downloading once it is finished.";
    private static final DateTimeFormatter TASK_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);
    private static final List<String> STANDARD = List.of("deliverable", "catch_all", "invalid", "unknown", "duplicate");
    private static final List<String> CATCH_ALL = List.of("deliverable", "catch_all", "risky", "undeliverable", "unknown");

    private final ReentrantLock lock = new ReentrantLock();
    private final Clock clock;
    private final int pendingPolls;
    private final Map<String, Single> singles = new HashMap<>();
    private final Map<String, Bulk> tasks = new HashMap<>();
    private final Map<String, String> links = new HashMap<>();
    private final List<Map<String, Object>> history = new ArrayList<>();
    private long balance;
    private long lastHistoryId;
    private long lastTask;

    @Autowired
    SandboxVerification(ObjectProvider<Clock> clock, SandboxProperties properties) {
        this(clock.getIfAvailable(Clock::systemUTC), properties.jobPolls());
    }

    SandboxVerification(Clock clock, int pendingPolls) {
        this.clock = clock;
        this.pendingPolls = Math.max(0, pendingPolls);
        reset();
    }

    /** Back to the seeded account: the demo credits bought once, no task. */
    public void reset() {
        locked(() -> {
            singles.clear();
            tasks.clear();
            links.clear();
            history.clear();
            balance = 0;
            lastHistoryId = 0;
            lastTask = 0;
            credit("Purchased credits", DEMO_CREDITS);
            return null;
        });
    }

    long balance() {
        return locked(() -> balance);
    }

    /** V1: the verdict at once (210 with it), or "verifying" for an address with {@code slow} in it. */
    Map<String, Object> verifySingle(String email, String type) {
        String address = requireEmail(email);
        String kind = requireType(type);
        return locked(() -> {
            charge(1, "Single email verification");
            String id = "single_" + (++lastTask);
            boolean slow = localPart(address).contains("slow");
            Single single = new Single(id, address, kind, slow ? pendingPolls + 1 : 0);
            singles.put(id, single);
            return single.body(true);
        });
    }

    /** V2. */
    Map<String, Object> single(String taskId) {
        return locked(() -> {
            Single single = singles.get(taskId);
            if (single == null) {
                throw SandboxProblem.notFound("Task not found.");
            }
            if (single.pollsLeft > 0) {
                single.pollsLeft--;
            }
            return single.body(false);
        });
    }

    /** V4: at most 500 addresses, comma-separated. */
    Map<String, Object> verifyList(String emails, String type) {
        String kind = requireType(type);
        if (emails == null || emails.isBlank()) {
            throw SandboxProblem.invalidField("emails", "The emails field is required.");
        }
        List<String> list = new ArrayList<>();
        for (String email : emails.split(",")) {
            if (!email.isBlank()) {
                list.add(email.strip());
            }
        }
        if (list.size() > 500) {
            throw SandboxProblem.invalid("You cannot verify more than 500 emails at once.");
        }
        return locked(() -> start(list, kind, true, "Your verification has started and is currently in progress."));
    }

    /** V3: a csv or xlsx file; without an e-mail column the task fails later and is refunded. */
    Map<String, Object> verifyFile(InputStream file, String fileName, long size, String type) throws IOException {
        String kind = requireType(type);
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".csv") && !lower.endsWith(".xlsx")) {
            throw SandboxProblem.invalidField("file", "The file must be a file of type: csv, xlsx.");
        }
        if (size > 25L * 1024 * 1024) {
            throw SandboxProblem.invalidField("file", "The file may not be greater than 25600 kilobytes.");
        }
        List<List<String>> rows = lower.endsWith(".xlsx") ? xlsxRows(file) : csvRows(file);
        int column = rows.isEmpty() ? -1 : emailColumn(rows.getFirst());
        List<String> emails = new ArrayList<>();
        if (column >= 0) {
            for (List<String> row : rows.subList(1, rows.size())) {
                if (column < row.size() && !row.get(column).isBlank()) {
                    emails.add(row.get(column).strip());
                }
            }
        }
        long charged = column >= 0 ? emails.size() : Math.max(0, rows.size() - 1);
        return locked(() -> {
            if (charged > balance) {
                throw SandboxProblem.invalid("You need " + charged + " credits to verify this file, but you only have "
                        + balance + ".");
            }
            Map<String, Object> body = start(emails, kind, column >= 0,
                    "Your file has been uploaded and verification has started.");
            if (column < 0) {
                Bulk task = tasks.get((String) body.get("task_id"));
                task.charged = charged;
                charge(charged, "Bulk verification started");
            }
            return body;
        });
    }

    /** V5. */
    Map<String, Object> taskDetail(String taskId) {
        return locked(() -> {
            Bulk task = task(taskId);
            task.polls++;
            if (task.polls <= pendingPolls) {
                return SandboxBodies.message(RUNNING);
            }
            if (!task.hasColumn) {
                if (!task.refunded) {
                    task.refunded = true;
                    credit("Refund: verification task " + task.id + " could not be processed", task.charged);
                }
                return ordered("message", REFUNDED, "reason", NO_COLUMN);
            }
            Map<String, Object> body = ordered("task_id", task.id, "created_at", TASK_TIME.format(task.createdAt),
                    "total_rows", task.emails.size(), "status", "finished");
            Map<String, Long> counts = task.counts();
            for (String category : categories(task.type)) {
                body.put(category, counts.getOrDefault(category, 0L));
            }
            return body;
        });
    }

    /** V6: newest first, with the page's {@code links} as the documented body has them. */
    Map<String, Object> history(SandboxPageQuery query, String path) {
        return locked(() -> {
            List<Map<String, Object>> newestFirst = new ArrayList<>(history);
            Collections.reverse(newestFirst);
            return SandboxPage.withLinks(query, newestFirst, entry -> entry, path);
        });
    }

    /** V8: a storage link for a finished task's category (or "all"). */
    Map<String, Object> download(String taskId, String downloadType, String base) {
        return locked(() -> {
            Bulk task = task(taskId);
            if (task.polls <= pendingPolls || task.refunded || !task.hasColumn) {
                return SandboxBodies.message(DOWNLOAD_RUNNING);
            }
            String category = downloadType == null ? "" : downloadType.strip().toLowerCase(Locale.ROOT);
            if (!category.equals("all") && !categories(task.type).contains(category)) {
                throw SandboxProblem.invalidField("download_type", "The selected download type is invalid.");
            }
            String name = "result-" + task.id + "-" + category + "-" + SandboxRandom.alphanumeric(12) + ".csv";
            links.put(name, task.id + "|" + category);
            return ordered("download_url", base + SandboxPaths.STORAGE + "/" + name);
        });
    }

    /** The CSV behind a storage link: email, result and score of each address of the category. */
    String resultFile(String name) {
        return locked(() -> {
            String target = links.get(name);
            if (target == null) {
                throw SandboxProblem.notFound("File not found.");
            }
            String[] parts = target.split("\\|");
            Bulk task = tasks.get(parts[0]);
            StringBuilder csv = new StringBuilder("email,result,score\r\n");
            for (Verdict verdict : task.verdicts()) {
                if (parts[1].equals("all") || parts[1].equals(verdict.result)) {
                    csv.append(verdict.email).append(',').append(verdict.result).append(',').append(verdict.score)
                            .append("\r\n");
                }
            }
            return csv.toString();
        });
    }

    private Map<String, Object> start(List<String> emails, String type, boolean hasColumn, String message) {
        if (hasColumn) {
            charge(emails.size(), "Bulk verification started");
        }
        String id = "bulk_" + (100_000 + (++lastTask));
        Bulk task = new Bulk(id, type, emails, hasColumn, clock.instant());
        task.charged = hasColumn ? emails.size() : 0;
        tasks.put(id, task);
        return ordered("message", message, "task_id", id);
    }

    private Bulk task(String taskId) {
        Bulk task = tasks.get(taskId);
        if (task == null) {
            throw SandboxProblem.notFound("Task not found.");
        }
        return task;
    }

    private void charge(long credits, String reason) {
        if (credits > balance) {
            throw SandboxProblem.invalid("You need " + credits + " credits for this verification, but you only have "
                    + balance + ".");
        }
        balance -= credits;
        history.add(ordered("id", ++lastHistoryId, "reason", reason, "credit", 0, "debit", credits,
                "total_credit", balance, "created_at", SandboxTime.wire(clock.instant())));
    }

    private void credit(String reason, long credits) {
        balance += credits;
        history.add(ordered("id", ++lastHistoryId, "reason", reason, "credit", credits, "debit", 0,
                "total_credit", balance, "created_at", SandboxTime.wire(clock.instant())));
    }

    /** The verdict of an address, from words in its local part. */
    static Verdict verdict(String email, String type) {
        String local = localPart(email);
        boolean catchAllType = "catch_all".equals(type);
        String result;
        if (local.contains("invalid") || local.contains("bounce")) {
            result = catchAllType ? "undeliverable" : "invalid";
        } else if (local.contains("catchall") || local.contains("catch-all")) {
            result = "catch_all";
        } else if (local.contains("risky")) {
            result = catchAllType ? "risky" : "catch_all";
        } else if (local.contains("unknown")) {
            result = "unknown";
        } else {
            result = "deliverable";
        }
        int score = switch (result) {
            case "deliverable" -> 95;
            case "catch_all" -> 70;
            case "risky" -> 50;
            case "unknown" -> 40;
            default -> 5;
        };
        return new Verdict(email, result, score);
    }

    private static List<String> categories(String type) {
        return "catch_all".equals(type) ? CATCH_ALL : STANDARD;
    }

    private static String localPart(String email) {
        int at = email.indexOf('@');
        return (at < 0 ? email : email.substring(0, at)).toLowerCase(Locale.ROOT);
    }

    private static String requireEmail(String email) {
        if (email == null || email.isBlank()) {
            throw SandboxProblem.invalidField("email", "The email field is required.");
        }
        String address = email.strip();
        if (!address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw SandboxProblem.invalidField("email", "The email must be a valid email address.");
        }
        return address;
    }

    private static String requireType(String type) {
        if (!"standard".equals(type) && !"catch_all".equals(type)) {
            throw SandboxProblem.invalidField("type", "The selected type is invalid.");
        }
        return type;
    }

    /** The first header cell naming an e-mail column, or -1. */
    private static int emailColumn(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            if (name.contains("email")) {
                return i;
            }
        }
        return -1;
    }

    /** A simple CSV reading (the sandbox stands alone): lines, a sniffed delimiter, quotes around cells removed. */
    private static List<List<String>> csvRows(InputStream in) throws IOException {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<List<String>> rows = new ArrayList<>();
        String delimiter = null;
        for (String line : text.split("\r?\n|\r")) {
            if (line.isBlank()) {
                continue;
            }
            if (delimiter == null) {
                delimiter = line.contains(";") && !line.contains(",") ? ";" : line.contains("\t") ? "\t" : ",";
            }
            List<String> cells = new ArrayList<>();
            for (String cell : line.split(Pattern.quote(delimiter), -1)) {
                String value = cell.strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1).replace("\"\"", "\"");
                }
                cells.add(value);
            }
            rows.add(cells);
        }
        return rows;
    }

    private static List<List<String>> xlsxRows(InputStream in) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(in);
             var stream = workbook.getFirstSheet().openStream()) {
            for (Row row : (Iterable<Row>) stream::iterator) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    String text = row.getCellText(i);
                    cells.add(text == null ? "" : text);
                }
                rows.add(cells);
            }
        } catch (RuntimeException e) {
            throw SandboxProblem.invalidField("file", "The file could not be read.");
        }
        return rows;
    }

    private <T> T locked(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    record Verdict(String email, String result, int score) {
    }

    private static final class Single {
        final String id;
        final String email;
        final String type;
        int pollsLeft;

        Single(String id, String email, String type, int pollsLeft) {
            this.id = id;
            this.email = email;
            this.type = type;
            this.pollsLeft = pollsLeft;
        }

        Map<String, Object> body(boolean first) {
            boolean done = pollsLeft == 0;
            Verdict verdict = verdict(email, type);
            Map<String, Object> body = new LinkedHashMap<>();
            if (first) {
                body.put("message", done ? "Verification complete." : "Verification started.");
            }
            body.put("task_id", id);
            body.put("email", email);
            body.put("status", done ? "success" : "verifying");
            body.put("score", done ? verdict.score() : null);
            body.put("result", done ? verdict.result() : null);
            body.put(first ? "credit_used" : "credits_used", 1);
            return body;
        }
    }

    private static final class Bulk {
        final String id;
        final String type;
        final List<String> emails;
        final boolean hasColumn;
        final Instant createdAt;
        long charged;
        int polls;
        boolean refunded;

        Bulk(String id, String type, List<String> emails, boolean hasColumn, Instant createdAt) {
            this.id = id;
            this.type = type;
            this.emails = List.copyOf(emails);
            this.hasColumn = hasColumn;
            this.createdAt = createdAt;
        }

        /** Each address's verdict; a repeated address (standard type) is a duplicate. */
        List<Verdict> verdicts() {
            Set<String> seen = new HashSet<>();
            List<Verdict> verdicts = new ArrayList<>();
            for (String email : emails) {
                boolean repeated = !seen.add(email.toLowerCase(Locale.ROOT));
                verdicts.add(repeated && "standard".equals(type) ? new Verdict(email, "duplicate", 0) : verdict(email, type));
            }
            return verdicts;
        }

        Map<String, Long> counts() {
            Map<String, Long> counts = new HashMap<>();
            verdicts().forEach(v -> counts.merge(v.result(), 1L, Long::sum));
            return counts;
        }
    }
}
