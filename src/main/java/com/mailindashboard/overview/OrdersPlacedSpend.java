package com.mailindashboard.overview;

import com.mailindashboard.orders.OrderFigures;
import com.mailindashboard.orders.PlacedOrder;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Azure orders placed through the dashboard this month and last, per teammate; figures open the orders list. */
@Component
@Order(20)
class OrdersPlacedSpend implements SpendSource {

    private final OrderFigures orders;

    OrdersPlacedSpend(OrderFigures orders) {
        this.orders = orders;
    }

    @Override
    public List<SpendReport> spend(SpendMonths months) {
        Map<String, long[]> byTeammate = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        long[] team = new long[2];
        for (PlacedOrder order : orders.placedBetween(months.from(), months.before())) {
            int slot = YearMonth.from(order.getPlacedAt().atZone(ZoneOffset.UTC)).equals(months.current()) ? 0 : 1;
            byTeammate.computeIfAbsent(order.getPlacedBy(), who -> new long[2])[slot]++;
            team[slot]++;
        }
        List<SpendRow> rows = new ArrayList<>();
        byTeammate.forEach((who, counts) -> rows.add(new SpendRow(who, counts[0], counts[1], "/orders", "/orders")));
        return List.of(new SpendReport("AZURE_ORDERS", "overview.spend.AZURE_ORDERS",
                new SpendRow(null, team[0], team[1], "/orders", "/orders"), rows));
    }
}
