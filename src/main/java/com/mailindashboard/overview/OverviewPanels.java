package com.mailindashboard.overview;

import com.mailindashboard.audit.AuditEvent;
import com.mailindashboard.audit.RecentAudit;
import com.mailindashboard.fleet.FleetCount;
import com.mailindashboard.fleet.FleetKind;
import com.mailindashboard.fleet.FleetSummary;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/** What each panel of the overview shows; every panel is read on its own, from the database or cached figures. */
@Service
class OverviewPanels {

    static final int RUNNING_LIMIT = 8;
    static final int ACTIVITY_LIMIT = 10;
    private static final Logger log = LoggerFactory.getLogger(OverviewPanels.class);

    private final List<AttentionRule> rules;
    private final List<RunningSource> running;
    private final List<SpendSource> spend;
    private final ObjectProvider<FleetCardSource> cards;
    private final FleetSummary fleet;
    private final AccountFigures account;
    private final RecentAudit audit;
    private final Clock clock;

    OverviewPanels(List<AttentionRule> rules, List<RunningSource> running, List<SpendSource> spend,
                   ObjectProvider<FleetCardSource> cards, FleetSummary fleet, AccountFigures account, RecentAudit audit,
                   Clock clock) {
        this.rules = rules;
        this.running = running;
        this.spend = spend;
        this.cards = cards;
        this.fleet = fleet;
        this.account = account;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Every rule's items, in the rules' order; a rule that fails is counted in {@code failedChecks} and the
     * others still show. The rules run side by side (virtual threads, in the page's lane): the ones that read
     * the database do not wait behind the ones that wait for Mailin's figures.
     */
    Attention attention() {
        List<AttentionItem> items = new ArrayList<>();
        int failed = 0;
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<List<AttentionItem>>> checks = rules.stream().map(rule -> pool.submit(rule::check)).toList();
            for (int i = 0; i < checks.size(); i++) {
                try {
                    items.addAll(checks.get(i).get());
                } catch (ExecutionException e) {
                    failed++;
                    log.warn("attention rule {} failed", rules.get(i).getClass().getSimpleName(), e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failed += checks.size() - i;
                    break;
                }
            }
        }
        return new Attention(items, failed);
    }

    List<FleetCount> fleet() {
        return fleet.counts();
    }

    /** The cards other features add to the fleet panel, in their order. */
    List<FleetCard> fleetCards() {
        return cards.orderedStream().flatMap(source -> source.cards().stream()).toList();
    }

    boolean refreshing() {
        return fleet.refreshing();
    }

    /** Starts a refresh of the fleet summary and forgets the cached account figures. */
    boolean refreshNow() {
        account.forget();
        return fleet.refreshNow();
    }

    AccountSnapshot account() {
        return account.current();
    }

    /** The shell is being shown: its account panel and attention rules will need the figures soon. */
    void readAccountAhead() {
        account.readAhead();
    }

    /** Mailboxes counted (SMTP and Google totals) against the account's slots; null when either is unknown. */
    SlotUsage slots(AccountSnapshot snapshot) {
        Long slots = snapshot.slots();
        Long smtp = fleet.count(FleetKind.SMTP_MAILBOXES).total();
        Long google = fleet.count(FleetKind.GOOGLE_MAILBOXES).total();
        if (slots == null || (smtp == null && google == null)) {
            return null;
        }
        return new SlotUsage((smtp == null ? 0 : smtp) + (google == null ? 0 : google), slots);
    }

    List<Running> running() {
        return running.stream().map(source -> new Running(source.running(RUNNING_LIMIT), source.count(),
                source.listLink())).toList();
    }

    Spend spend() {
        SpendMonths months = SpendMonths.at(clock);
        List<SpendReport> reports = new ArrayList<>();
        spend.forEach(source -> reports.addAll(source.spend(months)));
        return new Spend(months, reports);
    }

    List<AuditEvent> activity() {
        return audit.latest(ACTIVITY_LIMIT);
    }

    public record Attention(List<AttentionItem> items, int failedChecks) {
        public boolean empty() {
            return items.isEmpty() && failedChecks == 0;
        }
    }

    public record Running(List<RunningItem> items, long count, String link) {
    }

    public record Spend(SpendMonths months, List<SpendReport> reports) {
    }
}
