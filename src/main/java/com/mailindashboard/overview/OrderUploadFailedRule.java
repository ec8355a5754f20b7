package com.mailindashboard.overview;

import com.mailindashboard.orders.OrderFigures;
import com.mailindashboard.orders.PlacedOrder;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Azure orders whose upload to the inbox provider left failed mailboxes: each opens its order (re-upload is there). */
@Component
@Order(35)
class OrderUploadFailedRule implements AttentionRule {

    static final int SHOWN = 5;

    private final OrderFigures orders;

    OrderUploadFailedRule(OrderFigures orders) {
        this.orders = orders;
    }

    @Override
    public List<AttentionItem> check() {
        return orders.uploadsWithFailures().stream().limit(SHOWN).map(OrderUploadFailedRule::item).toList();
    }

    private static AttentionItem item(PlacedOrder order) {
        String link = order.getUpstreamId() == null ? "/orders" : "/orders/" + order.getUpstreamId();
        return new AttentionItem(AttentionItem.WARNING, "overview.attention.order-upload-failed",
                new Object[] {order.getDomain(), order.getUpload().failed()}, link, "overview.attention.open-order");
    }
}
