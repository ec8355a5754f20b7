package com.mailindashboard.overview;

import com.mailindashboard.domains.DomainProvider;
import com.mailindashboard.jobs.JobKind;
import com.mailindashboard.jobs.Operation;
import com.mailindashboard.jobs.OperationFigures;
import com.mailindashboard.jobs.OperationState;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Domains bought, from the operation ledger: the names of purchases Mailin accepted, by the month
 * (UTC) the purchase was sent and the teammate who sent it, one report per provider that sells
 * domains (SMTP, Google). Each figure opens the purchase jobs behind it.
 */
@Component
@Order(10)
class DomainsBoughtSpend implements SpendSource {

    private final OperationFigures operations;

    DomainsBoughtSpend(OperationFigures operations) {
        this.operations = operations;
    }

    @Override
    public List<SpendReport> spend(SpendMonths months) {
        List<SpendReport> reports = new ArrayList<>();
        for (DomainProvider provider : DomainProvider.values()) {
            if (provider.purchasable()) {
                reports.add(report(provider.purchaseKind(), months));
            }
        }
        return reports;
    }

    private SpendReport report(JobKind kind, SpendMonths months) {
        List<Operation> bought = operations.find(List.of(kind), OperationState.ACCEPTED, months.from(), months.before());
        Map<String, long[]> byTeammate = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        long[] team = new long[2];
        for (Operation operation : bought) {
            YearMonth month = YearMonth.from(operation.getCreatedAt().atZone(ZoneOffset.UTC));
            int slot = month.equals(months.current()) ? 0 : 1;
            int names = operation.getSubjects().size();
            byTeammate.computeIfAbsent(operation.getCreatedBy(), who -> new long[2])[slot] += names;
            team[slot] += names;
        }
        List<SpendRow> rows = new ArrayList<>();
        byTeammate.forEach((who, counts) -> rows.add(row(kind, who, counts, months)));
        return new SpendReport(kind.name(), "overview.spend." + kind.name(), row(kind, null, team, months), rows);
    }

    private static SpendRow row(JobKind kind, String who, long[] counts, SpendMonths months) {
        return new SpendRow(who, counts[0], counts[1], link(kind, who, months.current()), link(kind, who, months.previous()));
    }

    private static String link(JobKind kind, String who, YearMonth month) {
        return JobLinks.jobs().kind(kind).who(who).from(SpendMonths.first(month)).to(SpendMonths.last(month)).url();
    }
}
