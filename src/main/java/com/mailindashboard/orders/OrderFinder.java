package com.mailindashboard.orders;

import com.mailindashboard.gateway.AzureOrder;
import com.mailindashboard.gateway.AzureOrderClient;
import com.mailindashboard.gateway.MailinPage;
import com.mailindashboard.gateway.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * Finds orders in Mailin's list (Z2), which has no single-order read and no filter: page by page,
 * 100 at a time, up to {@value #MAX_PAGES} pages.
 */
@Component
class OrderFinder {

    static final int PER_PAGE = 100;
    static final int MAX_PAGES = 50;
    /** Mailin's clock and ours may differ: an order created this long before the submit still counts. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(10);

    private final AzureOrderClient azure;

    OrderFinder(AzureOrderClient azure) {
        this.azure = azure;
    }

    /** The order with this id. */
    Optional<AzureOrder> byId(long id) {
        return first(order -> order.id() != null && order.id() == id);
    }

    /**
     * The newest order on {@code domain} created after {@code placedAt} (less the clock skew) that is
     * not one of {@code taken} (orders already linked to another placement).
     */
    Optional<AzureOrder> placed(String domain, Instant placedAt, Set<Long> taken) {
        Instant after = placedAt.minus(CLOCK_SKEW);
        Optional<AzureOrder> newest = Optional.empty();
        for (int number = 1; number <= MAX_PAGES; number++) {
            MailinPage<AzureOrder> page = azure.list(PageRequest.of(number, PER_PAGE));
            newest = page.data().stream()
                    .filter(order -> order.id() != null && !taken.contains(order.id()))
                    .filter(order -> domain.equalsIgnoreCase(order.domain()))
                    .filter(order -> createdAt(order).map(created -> !created.isBefore(after)).orElse(true))
                    .max(Comparator.comparing(AzureOrder::id));
            if (newest.isPresent() || !page.hasNext() || page.data().isEmpty()) {
                return newest;
            }
        }
        return newest;
    }

    private Optional<AzureOrder> first(Predicate<AzureOrder> wanted) {
        for (int number = 1; number <= MAX_PAGES; number++) {
            MailinPage<AzureOrder> page = azure.list(PageRequest.of(number, PER_PAGE));
            Optional<AzureOrder> found = page.data().stream().filter(wanted).findFirst();
            if (found.isPresent() || !page.hasNext() || page.data().isEmpty()) {
                return found;
            }
        }
        return Optional.empty();
    }

    static Optional<Instant> createdAt(AzureOrder order) {
        if (order.createdAt() == null || order.createdAt().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(order.createdAt().strip()).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
