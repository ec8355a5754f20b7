package com.mailindashboard.mailboxes;

import com.mailindashboard.gateway.MailinException;
import com.mailindashboard.gateway.MailinValidationException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a mailbox write from a form the same way everywhere: bad input goes back to the page with
 * the errors next to the fields and nothing sent; Mailin's 422 goes back to the page with its
 * message next to the form and the input kept; success and other Mailin failures redirect with a
 * flash message (post/redirect/get). The gateway audits the write itself.
 */
@Component
class MailboxActions {

    static final String MAILIN_ERROR = "mailin";

    private final MailboxDetailView view;
    private final MessageSource messages;

    MailboxActions(MailboxDetailView view, MessageSource messages) {
        this.view = view;
        this.messages = messages;
    }

    /** A write from a form bound to {@code form}; the input was validated already. */
    String perform(MailboxAction action, BindingResult form, Model model, RedirectAttributes redirect, Locale locale,
                   Runnable write) {
        if (form.hasErrors()) {
            return view.render(action.mailboxId(), model);
        }
        try {
            write.run();
        } catch (MailinValidationException e) {
            rejectAsMailin(action, form, e);
            return view.render(action.mailboxId(), model);
        } catch (MailinException e) {
            return failed(action, redirect, locale, e);
        }
        return succeeded(action, redirect, locale);
    }

    /** A write without input (a removal): every failure is a flash message. */
    String perform(MailboxAction action, RedirectAttributes redirect, Locale locale, Runnable write) {
        try {
            write.run();
        } catch (MailinException e) {
            return failed(action, redirect, locale, e);
        }
        return succeeded(action, redirect, locale);
    }

    String render(long mailboxId, Model model) {
        return view.render(mailboxId, model);
    }

    private String succeeded(MailboxAction action, RedirectAttributes redirect, Locale locale) {
        redirect.addFlashAttribute("flashSuccess", messages.getMessage(action.successKey(), action.successArgs(), locale));
        return "redirect:" + action.successPath();
    }

    private String failed(MailboxAction action, RedirectAttributes redirect, Locale locale, MailinException e) {
        redirect.addFlashAttribute("flashError", MailboxProblemText.of(e, messages, locale));
        return "redirect:/mailboxes/" + action.mailboxId();
    }

    private static void rejectAsMailin(MailboxAction action, BindingResult form, MailinValidationException e) {
        List<String> fieldMessages = action.upstreamField() == null ? List.of()
                : e.fieldErrors().getOrDefault(action.upstreamField(), List.of());
        for (String message : fieldMessages) {
            form.rejectValue(action.field(), MAILIN_ERROR, message);
        }
        String message = e.upstreamMessage();
        if (message != null && !message.isBlank()) {
            form.reject(MAILIN_ERROR, message);
        } else if (fieldMessages.isEmpty()) {
            form.reject("mailin.problem.validation.title");
        }
    }
}
