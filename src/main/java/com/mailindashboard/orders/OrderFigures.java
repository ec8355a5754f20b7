package com.mailindashboard.orders;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the dashboard's own order ledger says, for pages that summarise it (the overview). */
@Component
@Transactional(readOnly = true)
public class OrderFigures {

    private final PlacedOrderRepository orders;

    OrderFigures(PlacedOrderRepository orders) {
        this.orders = orders;
    }

    /** Orders whose upload to the inbox provider left failed mailboxes, newest first. */
    public List<PlacedOrder> uploadsWithFailures() {
        return orders.findByUploadFailedGreaterThanOrderByPlacedAtDesc(0);
    }

    /** How many orders are in each status Mailin last reported ({@code unknown} when none yet). */
    public Map<String, Long> countByStatus() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : orders.countByStatus()) {
            counts.merge(((String) row[0]).strip().toLowerCase(Locale.ROOT), (Long) row[1], Long::sum);
        }
        return counts;
    }

    /** Orders placed through the dashboard between {@code from} (inclusive) and {@code before}. */
    public List<PlacedOrder> placedBetween(Instant from, Instant before) {
        return orders.findByPlacedAtGreaterThanEqualAndPlacedAtLessThan(from, before);
    }
}
