package com.mailindashboard.verification;

import com.mailindashboard.gateway.MailinPage;
import com.mailindashboard.gateway.PageRequest;
import com.mailindashboard.gateway.VerificationClient;
import com.mailindashboard.gateway.VerificationCreditEntry;
import com.mailindashboard.web.Outcome;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * The credits page's figures: Mailin's balance (V7) and history (V6), read concurrently, and what
 * only our ledger knows: credits used per teammate per month, per day, and per task.
 */
@Service
public class VerificationCredits {

    static final int HISTORY_PAGE_SIZE = 15;
    static final int MONTHS = 12;
    static final int DAYS = 30;
    static final int RECENT_TASKS = 20;

    private final VerificationClient client;
    private final VerificationTaskRepository tasks;
    private final VerificationProperties properties;
    private final Clock clock;

    VerificationCredits(VerificationClient client, VerificationTaskRepository tasks, VerificationProperties properties, Clock clock) {
        this.client = client;
        this.tasks = tasks;
        this.properties = properties;
        this.clock = clock;
    }

    CreditsPage load(int page) {
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            CompletableFuture<Outcome<Long>> balance = CompletableFuture.supplyAsync(
                    () -> Outcome.of(client::credits), pool);
            CompletableFuture<Outcome<MailinPage<VerificationCreditEntry>>> history = CompletableFuture.supplyAsync(
                    () -> Outcome.of(() -> client.creditHistory(PageRequest.of(page, HISTORY_PAGE_SIZE))), pool);
            List<CreditUse> uses = tasks.creditUseSince(
                    YearMonth.now(clock.withZone(ZoneOffset.UTC)).minusMonths(MONTHS - 1L).atDay(1)
                            .atStartOfDay(ZoneOffset.UTC).toInstant());
            return new CreditsPage(balance.join(), history.join(), perTeammateMonth(uses), perDay(uses),
                    tasks.findAll(org.springframework.data.domain.PageRequest.of(0, RECENT_TASKS,
                            Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")))).getContent(),
                    properties.lowCreditsThreshold());
        }
    }

    /** Credits our own tasks used since {@code since}, per month (newest first) and teammate. */
    public List<TeammateMonth> usedSince(Instant since) {
        return perTeammateMonth(tasks.creditUseSince(since));
    }

    /** Credits used per month (newest first) and teammate (by name). */
    static List<TeammateMonth> perTeammateMonth(List<CreditUse> uses) {
        Map<YearMonth, Map<String, Long>> sums = new TreeMap<>(Comparator.reverseOrder());
        for (CreditUse use : uses) {
            YearMonth month = YearMonth.from(use.createdAt().atZone(ZoneOffset.UTC));
            sums.computeIfAbsent(month, m -> new TreeMap<>()).merge(use.createdBy(), use.credits(), Long::sum);
        }
        List<TeammateMonth> rows = new ArrayList<>();
        sums.forEach((month, byTeammate) -> byTeammate.forEach((who, credits) ->
                rows.add(new TeammateMonth(month.toString(), who, credits))));
        return rows;
    }

    /** Credits used per day over the last {@value #DAYS} days, oldest first (days without use are 0). */
    List<DayUse> perDay(List<CreditUse> uses) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("UTC")));
        Map<LocalDate, Long> sums = new TreeMap<>();
        for (int i = DAYS - 1; i >= 0; i--) {
            sums.put(today.minusDays(i), 0L);
        }
        for (CreditUse use : uses) {
            LocalDate day = use.createdAt().atZone(ZoneOffset.UTC).toLocalDate();
            sums.computeIfPresent(day, (d, sum) -> sum + use.credits());
        }
        return sums.entrySet().stream().map(e -> new DayUse(e.getKey().toString(), e.getValue())).toList();
    }

    public record TeammateMonth(String month, String teammate, long credits) {
    }

    public record DayUse(String day, long credits) {
    }

    public record CreditsPage(Outcome<Long> balance, Outcome<MailinPage<VerificationCreditEntry>> history,
                       List<TeammateMonth> perTeammateMonth, List<DayUse> perDay, List<VerificationTask> recentTasks,
                       long lowThreshold) {

        public boolean low() {
            return balance.ok() && balance.value() < lowThreshold;
        }

        /** The history page oldest first: labels (time or #id), balances, debits; for the chart. */
        public List<String> chartLabels() {
            return entries().stream().map(e -> e.createdAt() != null ? shortTime(e.createdAt()) : "#" + e.id()).toList();
        }

        /** {@code 2026-12-02T11:05:59.408278Z} as {@code 2026-12-02 11:05}; other forms as they came. */
        private static String shortTime(String time) {
            String text = time.strip();
            return text.length() >= 16 && text.charAt(10) == 'T' ? text.substring(0, 10) + " " + text.substring(11, 16) : text;
        }

        public List<Long> chartBalances() {
            return entries().stream().map(e -> e.totalCredit() == null ? 0L : e.totalCredit()).toList();
        }

        public List<Long> chartDebits() {
            return entries().stream().map(e -> e.debit() == null ? 0L : e.debit()).toList();
        }

        public List<String> dayLabels() {
            return perDay.stream().map(DayUse::day).toList();
        }

        public List<Long> dayCredits() {
            return perDay.stream().map(DayUse::credits).toList();
        }

        private List<VerificationCreditEntry> entries() {
            if (!history.ok()) {
                return List.of();
            }
            List<VerificationCreditEntry> oldestFirst = new ArrayList<>(history.value().data());
            Collections.reverse(oldestFirst);
            return oldestFirst;
        }
    }
}
