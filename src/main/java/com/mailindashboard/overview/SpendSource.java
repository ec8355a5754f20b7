package com.mailindashboard.overview;

import java.util.List;

/**
 * Something the team spends through the dashboard, read from the dashboard's own ledger. Each is
 * a bean of its own; orders placed or credits used add their source as one class.
 */
public interface SpendSource {

    List<SpendReport> spend(SpendMonths months);
}
