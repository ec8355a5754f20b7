package com.mailindashboard.domains;

import com.mailindashboard.gateway.MailinDomain;
import com.mailindashboard.gateway.MailinPage;
import com.mailindashboard.web.Outcome;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /domains} (D3), {@code /domains/google} (G1) and {@code /domains/inboxkit} (D2): one page
 * of the upstream list at a time, filtered by name, with the state in the URL. A failing Mailin
 * call degrades the list only; the tabs and the filter stay usable.
 */
@Controller
class DomainListController {

    private final DomainLookup lookup;
    private final MessageSource messages;

    DomainListController(DomainLookup lookup, MessageSource messages) {
        this.lookup = lookup;
        this.messages = messages;
    }

    @GetMapping("/domains")
    String smtp(@RequestParam(required = false) String page, @RequestParam(name = "per_page", required = false) String perPage,
                @RequestParam(required = false) String name, Model model, Locale locale) {
        return list(DomainListing.SMTP, DomainListQuery.of(page, perPage, name), model, locale);
    }

    @GetMapping("/domains/google")
    String google(@RequestParam(required = false) String page, @RequestParam(name = "per_page", required = false) String perPage,
                  @RequestParam(required = false) String name, Model model, Locale locale) {
        return list(DomainListing.GOOGLE, DomainListQuery.of(page, perPage, name), model, locale);
    }

    @GetMapping("/domains/inboxkit")
    String inboxkit(@RequestParam(required = false) String page, @RequestParam(name = "per_page", required = false) String perPage,
                    @RequestParam(required = false) String name, Model model, Locale locale) {
        return list(DomainListing.INBOXKIT, DomainListQuery.of(page, perPage, name), model, locale);
    }

    private String list(DomainListing listing, DomainListQuery asked, Model model, Locale locale) {
        Outcome<MailinPage<MailinDomain>> result = Outcome.of(() -> lookup.list(listing.provider(), asked.request()));
        DomainListQuery query = asked;
        if (result.ok() && result.value().data().isEmpty() && asked.page() > result.value().pageCount()) {
            // a page past the end (page=999): the last page, and the pager says so
            DomainListQuery last = asked.withPage(result.value().pageCount());
            result = Outcome.of(() -> lookup.list(listing.provider(), last.request()));
            query = last;
        }
        model.addAttribute("listing", listing);
        model.addAttribute("listings", DomainListing.values());
        model.addAttribute("query", query);
        model.addAttribute("perPageChoices", DomainListQuery.PER_PAGE_CHOICES);
        model.addAttribute("result", result);
        if (result.ok()) {
            MailinPage<MailinDomain> page = result.value();
            List<DomainRow> rows = page.data().stream().map(d -> DomainRow.of(d, listing.linksToDetail() && d.id() != null))
                    .toList();
            int number = query.page();
            int pageCount = page.pageCount();
            model.addAttribute("rows", rows);
            model.addAttribute("pageNumber", number);
            model.addAttribute("pageCount", pageCount);
            model.addAttribute("total", page.total() != null ? page.total() : rows.size());
            model.addAttribute("previousUrl", number > 1 ? query.url(listing.path(), Math.min(number - 1, pageCount)) : null);
            model.addAttribute("nextUrl", number < pageCount ? query.url(listing.path(), number + 1) : null);
        }
        return "domains/list";
    }

}
