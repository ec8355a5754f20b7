package com.mailindashboard.overview;

import com.mailindashboard.verification.VerificationCredits.TeammateMonth;
import com.mailindashboard.verification.VerificationCredits;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Verification credits used by the team's own tasks this month and last, per teammate (what Mailin
 * cannot tell: who spent them). Figures open the teammate's tasks, the total opens the credits page.
 */
@Component
@Order(30)
class CreditsUsedSpend implements SpendSource {

    private final VerificationCredits credits;

    CreditsUsedSpend(VerificationCredits credits) {
        this.credits = credits;
    }

    @Override
    public List<SpendReport> spend(SpendMonths months) {
        Map<String, long[]> byTeammate = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        long[] team = new long[2];
        for (TeammateMonth used : credits.usedSince(months.from())) {
            int slot = used.month().equals(months.current().toString()) ? 0
                    : used.month().equals(months.previous().toString()) ? 1 : -1;
            if (slot >= 0) {
                byTeammate.computeIfAbsent(used.teammate(), who -> new long[2])[slot] += used.credits();
                team[slot] += used.credits();
            }
        }
        List<SpendRow> rows = new ArrayList<>();
        byTeammate.forEach((who, sums) -> rows.add(new SpendRow(who, sums[0], sums[1], tasksOf(who), tasksOf(who))));
        return List.of(new SpendReport("VERIFICATION_CREDITS", "overview.spend.VERIFICATION_CREDITS",
                new SpendRow(null, team[0], team[1], "/verification/credits", "/verification/credits"), rows));
    }

    private static String tasksOf(String teammate) {
        return UriComponentsBuilder.fromPath("/verification/tasks").queryParam("teammate", teammate)
                .encode().build().toUriString();
    }
}
