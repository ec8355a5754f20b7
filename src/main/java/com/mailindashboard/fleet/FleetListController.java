package com.mailindashboard.fleet;

import com.mailindashboard.paging.PageParams;
import com.mailindashboard.web.StatusBadge;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The domain and mailbox lists filtered by status ({@code /domains?status=pending},
 * {@code /mailboxes/google?status=inactive}...). Mailin's lists cannot filter by status, so these
 * show the rows of the fleet summary's last count, saying how old it is, instead of scanning
 * Mailin on page load. Without a {@code status} parameter the lists' own controllers answer; an
 * unknown status opens the unfiltered list.
 */
@Controller
class FleetListController {

    static final int PAGE_SIZE = 50;
    private final FleetSummary summary;

    FleetListController(FleetSummary summary) {
        this.summary = summary;
    }

    @GetMapping(path = "/domains", params = "status")
    String smtpDomains(@RequestParam String status, @RequestParam(required = false) String page, Model model) {
        return list(FleetKind.SMTP_DOMAINS, status, page, model);
    }

    @GetMapping(path = "/domains/google", params = "status")
    String googleDomains(@RequestParam String status, @RequestParam(required = false) String page, Model model) {
        return list(FleetKind.GOOGLE_DOMAINS, status, page, model);
    }

    @GetMapping(path = "/domains/inboxkit", params = "status")
    String inboxkitDomains(@RequestParam String status, @RequestParam(required = false) String page, Model model) {
        return list(FleetKind.INBOXKIT_DOMAINS, status, page, model);
    }

    @GetMapping(path = "/mailboxes", params = "status")
    String smtpMailboxes(@RequestParam String status, @RequestParam(required = false) String page, Model model) {
        return list(FleetKind.SMTP_MAILBOXES, status, page, model);
    }

    @GetMapping(path = "/mailboxes/google", params = "status")
    String googleMailboxes(@RequestParam String status, @RequestParam(required = false) String page, Model model) {
        return list(FleetKind.GOOGLE_MAILBOXES, status, page, model);
    }

    private String list(FleetKind kind, String status, String page, Model model) {
        Optional<StatusGroup> group = StatusGroup.fromParam(status);
        if (group.isEmpty()) {
            return "redirect:" + kind.listPath();
        }
        long total = summary.itemCount(kind, group.get());
        int pageCount = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int number = Math.min(PageParams.page(page), pageCount);
        String base = kind.listUrl(group.get()) + "&page=";
        model.addAttribute("kind", kind);
        model.addAttribute("group", group.get());
        model.addAttribute("count", summary.count(kind));
        model.addAttribute("rows", summary.items(kind, group.get(), number, PAGE_SIZE).stream()
                .map(row -> new ItemRow(row, kind.domains() ? StatusBadge.ofDomain(row.status())
                        : StatusBadge.ofMailbox(row.status()))).toList());
        model.addAttribute("total", total);
        model.addAttribute("pageNumber", number);
        model.addAttribute("pageCount", pageCount);
        model.addAttribute("previousUrl", number > 1 ? base + (number - 1) : null);
        model.addAttribute("nextUrl", number < pageCount ? base + (number + 1) : null);
        return "fleet/items";
    }

    /** A row of the filtered list with its status badge. */
    record ItemRow(FleetRow row, StatusBadge badge) {
    }
}
