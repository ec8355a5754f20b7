package com.mailindashboard.overview;

import com.mailindashboard.orders.OrderFigures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Azure orders placed through the dashboard, by the status Mailin last reported: ready, in
 * progress, failed, and the rest (not asked yet, or a word the dashboard does not know). Each
 * figure opens the orders list filtered to it.
 */
@Component
@Order(10)
class OrdersByStatusCard implements FleetCardSource {

    private final OrderFigures orders;

    OrdersByStatusCard(OrderFigures orders) {
        this.orders = orders;
    }

    @Override
    public List<FleetCard> cards() {
        Map<String, Long> byStatus = orders.countByStatus();
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return List.of();
        }
        List<FleetCard.Segment> segments = new ArrayList<>();
        byStatus.forEach((status, count) -> segments.add(new FleetCard.Segment(labelKey(status), count,
                UriComponentsBuilder.fromPath("/orders").queryParam("status", status).encode().build().toUriString(),
                css(status))));
        return List.of(new FleetCard("AZURE_ORDERS", "overview.fleet.orders", total, "/orders", segments, null));
    }

    private static String labelKey(String status) {
        return switch (status) {
            case "ready", "in progress", "in_progress", "pending", "failed" ->
                    "overview.fleet.orders." + status.replace(' ', '_');
            default -> "overview.fleet.orders.other";
        };
    }

    private static String css(String status) {
        return switch (status) {
            case "ready" -> "fleet-active";
            case "in progress", "in_progress", "pending" -> "fleet-pending";
            case "failed" -> "fleet-inactive";
            default -> "fleet-other";
        };
    }
}
