package com.mailindashboard.mailboxes;

import com.mailindashboard.gateway.MailinException;
import com.mailindashboard.gateway.MailinMailbox;
import com.mailindashboard.gateway.MailinPage;
import com.mailindashboard.gateway.PageRequest;
import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /mailboxes} (M1) and {@code /mailboxes/google} (G5): one page of mailboxes at a time,
 * filtered by name or address, with the page in the URL; the selected rows can be deleted (after
 * typing how many there are) or exported.
 */
@Controller
class MailboxListController {

    private final MailboxProviders providers;
    private final MailboxBulkDelete bulkDelete;
    private final MessageSource messages;

    MailboxListController(MailboxProviders providers, MailboxBulkDelete bulkDelete, MessageSource messages) {
        this.providers = providers;
        this.bulkDelete = bulkDelete;
        this.messages = messages;
    }

    @GetMapping("/mailboxes")
    String smtp(@Valid @ModelAttribute("filter") MailboxListForm filter, BindingResult result, Model model) {
        return list(MailboxProvider.SMTP, filter, result, model);
    }

    @GetMapping("/mailboxes/google")
    String google(@Valid @ModelAttribute("filter") MailboxListForm filter, BindingResult result, Model model) {
        return list(MailboxProvider.GOOGLE, filter, result, model);
    }

    @PostMapping("/mailboxes/bulk-delete")
    @MailboxWriteAccess
    String delete(@Valid @ModelAttribute("bulkDeleteForm") MailboxBulkDeleteForm bulkDeleteForm,
                  BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
        if (!result.hasFieldErrors("ids") && !result.hasFieldErrors("confirmation") && !bulkDeleteForm.confirmed()) {
            result.rejectValue("confirmation", "mailboxes.list.bulk.confirmation.mismatch",
                    new Object[] {bulkDeleteForm.selected().size()}, null);
        }
        MailboxProvider provider = bulkDeleteForm.getProvider();
        if (result.hasErrors()) {
            model.addAttribute("filter", bulkDeleteForm);
            return list(provider, bulkDeleteForm, null, model);
        }
        Map<Long, String> addresses = addresses(provider, bulkDeleteForm);
        MailboxBulkDeleteReport report = bulkDelete.delete(bulkDeleteForm.selected(),
                id -> addresses.getOrDefault(id, "#" + id));
        redirect.addFlashAttribute("bulkDeleteReport", report);
        if (report.complete()) {
            redirect.addFlashAttribute("flashSuccess",
                    messages.getMessage("mailboxes.list.bulk.done", new Object[] {report.total()}, locale));
        } else {
            redirect.addFlashAttribute("flashError", messages.getMessage("mailboxes.list.bulk.partial",
                    new Object[] {report.deletedCount(), report.total()}, locale));
        }
        return "redirect:" + bulkDeleteForm.url(provider, bulkDeleteForm.pageNumber());
    }

    /**
     * The addresses of the list page the selection was made on, to name the mailboxes in the report
     * (read again rather than taken from the browser); empty when Mailin cannot say.
     */
    private Map<Long, String> addresses(MailboxProvider provider, MailboxListForm list) {
        try {
            Map<Long, String> addresses = new HashMap<>();
            fetch(provider, list.toRequest(list.pageNumber())).data().stream()
                    .filter(mailbox -> mailbox.id() != null && mailbox.username() != null)
                    .forEach(mailbox -> addresses.put(mailbox.id(), mailbox.username()));
            return addresses;
        } catch (MailinException e) {
            return Map.of();
        }
    }

    private String list(MailboxProvider provider, MailboxListForm filter, BindingResult result, Model model) {
        filter.setSize(String.valueOf(filter.pageSize()));
        model.addAttribute("provider", provider);
        model.addAttribute("pageSizes", MailboxListForm.PAGE_SIZES);
        if (!model.containsAttribute("bulkDeleteForm")) {
            model.addAttribute("bulkDeleteForm", new MailboxBulkDeleteForm());
        }
        if (result != null && result.hasErrors()) {
            return "mailboxes/list";
        }
        MailinPage<MailinMailbox> page = fetch(provider, filter.toRequest(filter.pageNumber()));
        if (page.data().isEmpty() && filter.pageNumber() > page.pageCount()) {
            page = fetch(provider, filter.toRequest(page.pageCount()));
        }
        int number = page.page();
        filter.setPage(String.valueOf(number));
        model.addAttribute("rows", page.data().stream().map(MailboxRow::of).toList());
        model.addAttribute("total", page.total() == null ? page.data().size() : page.total());
        model.addAttribute("pageNumber", number);
        model.addAttribute("pageCount", page.pageCount());
        model.addAttribute("previousUrl", page.hasPrevious() ? filter.url(provider, number - 1) : null);
        model.addAttribute("nextUrl", page.hasNext() ? filter.url(provider, number + 1) : null);
        return "mailboxes/list";
    }

    private MailinPage<MailinMailbox> fetch(MailboxProvider provider, PageRequest request) {
        return providers.of(provider).list(request);
    }
}
