package com.mailindashboard.orders;

import com.mailindashboard.gateway.AzureOrder;
import com.mailindashboard.gateway.AzureOrderClient;
import com.mailindashboard.gateway.MailinPage;
import com.mailindashboard.gateway.PageRequest;
import com.mailindashboard.jobs.Operation;
import com.mailindashboard.jobs.OperationLedger;
import com.mailindashboard.paging.PageParams;
import com.mailindashboard.web.Outcome;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /orders}: one page of Mailin's orders (Z2) joined with the dashboard's ledger (who placed
 * it, the last status and upload counts its job read), filtered by status and domain over what the
 * page shows, and the orders placed here that Mailin's list does not show yet.
 */
@Controller
class OrderListController {

    static final int PER_PAGE = 25;

    private final AzureOrderClient azure;
    private final PlacedOrderRepository placed;
    private final OperationLedger operations;
    private final MessageSource messages;

    OrderListController(AzureOrderClient azure, PlacedOrderRepository placed, OperationLedger operations,
                        MessageSource messages) {
        this.azure = azure;
        this.placed = placed;
        this.operations = operations;
        this.messages = messages;
    }

    @GetMapping("/orders")
    String list(@RequestParam(required = false) String page, @RequestParam(required = false) String status,
                @RequestParam(required = false) String domain, Model model, Locale locale) {
        int number = PageParams.page(page);
        Outcome<MailinPage<AzureOrder>> orders = Outcome.of(() -> azure.list(PageRequest.of(number, PER_PAGE)));
        List<OrderRow> rows = List.of();
        Set<String> statuses = new LinkedHashSet<>();
        if (orders.ok()) {
            List<Long> ids = orders.value().data().stream().map(AzureOrder::id).filter(Objects::nonNull).toList();
            Map<Long, PlacedOrder> known = placed.findByUpstreamIdIn(ids).stream()
                    .collect(Collectors.toMap(PlacedOrder::getUpstreamId, Function.identity(), (a, b) -> a));
            List<OrderRow> all = orders.value().data().stream().map(o -> new OrderRow(o, known.get(o.id()))).toList();
            all.forEach(row -> statuses.add(row.status() == null ? "unknown" : row.status().strip()));
            rows = all.stream().filter(row -> row.matches(status, domain)).toList();
            MailinPage<AzureOrder> current = orders.value();
            model.addAttribute("pageNumber", current.page());
            model.addAttribute("pageCount", current.pageCount());
            model.addAttribute("previousUrl", current.hasPrevious() ? url(current.page() - 1, status, domain) : null);
            model.addAttribute("nextUrl", current.hasNext() ? url(current.page() + 1, status, domain) : null);
        }
        Map<PlacedOrder, Operation> waiting = new LinkedHashMap<>();
        placed.findTop20ByUpstreamIdIsNullAndOperationIdIsNotNullOrderByPlacedAtDesc().forEach(order ->
                operations.find(order.getOperationId()).filter(op -> op.getJobId() != null)
                        .ifPresent(op -> waiting.put(order, op)));
        model.addAttribute("orders", orders);
        model.addAttribute("rows", rows);
        model.addAttribute("statuses", statuses);
        model.addAttribute("status", status);
        model.addAttribute("domain", domain);
        model.addAttribute("waiting", waiting);
        return "orders/list";
    }

    private static String url(int page, String status, String domain) {
        return UriComponentsBuilder.fromPath("/orders").queryParam("page", page)
                .queryParamIfPresent("status", Optional.ofNullable(status).filter(s -> !s.isBlank()))
                .queryParamIfPresent("domain", Optional.ofNullable(domain).filter(s -> !s.isBlank()))
                .build().encode().toUriString();
    }
}
