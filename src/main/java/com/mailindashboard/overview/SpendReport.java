package com.mailindashboard.overview;

import java.util.List;

/** What was spent of one thing ({@code labelKey}: domains bought, orders placed...): the team's total, then per teammate. */
public record SpendReport(String key, String labelKey, SpendRow total, List<SpendRow> teammates) {

    public SpendReport {
        teammates = List.copyOf(teammates);
    }
}
