package com.mailindashboard.mailboxes;

import com.mailindashboard.gateway.MailboxClient;
import com.mailindashboard.gateway.MailinMailbox;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /mailboxes/{id}} (M2/G6): one mailbox with its rate limit (M8) and servers; rename (M5 or
 * G9), change the password (M6, with a generator) and delete it (M7) after typing its address.
 */
@Controller
@RequestMapping("/mailboxes/{id:\\d+}")
class MailboxDetailController {

    private final MailboxActions actions;
    private final MailboxDetailService details;
    private final MailboxClient mailboxes;
    private final MailboxProviders providers;
    private final MailboxPasswordGenerator passwords;

    MailboxDetailController(MailboxActions actions, MailboxDetailService details, MailboxClient mailboxes,
                            MailboxProviders providers, MailboxPasswordGenerator passwords) {
        this.actions = actions;
        this.details = details;
        this.mailboxes = mailboxes;
        this.providers = providers;
        this.passwords = passwords;
    }

    @GetMapping
    String show(@PathVariable long id, Model model) {
        return actions.render(id, model);
    }

    @PostMapping("/name")
    @MailboxWriteAccess
    String rename(@PathVariable long id, @Valid @ModelAttribute("renameForm") MailboxRenameForm form,
                  BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
        String name = form.getName() == null ? null : form.getName().strip();
        return actions.perform(MailboxAction.on(id, "mailboxes.detail.renamed").field("name", "name"),
                result, model, redirect, locale,
                // SMTP or Google as Mailin says, never as the page said (M5 and G9 are different rows)
                () -> providers.of(MailboxProvider.of(details.record(id).isGoogle())).rename(id, name));
    }

    @PostMapping("/password")
    @MailboxWriteAccess
    String changePassword(@PathVariable long id, @Valid @ModelAttribute("passwordForm") MailboxPasswordForm form,
                          BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
        return actions.perform(MailboxAction.on(id, "mailboxes.detail.password.changed").field("password", "password"),
                result, model, redirect, locale, () -> mailboxes.changePassword(id, form.getPassword()));
    }

    /** The generator for browsers without JavaScript: the page again, with a fresh password filled in. */
    @PostMapping("/password/generate")
    @MailboxWriteAccess
    String generatePassword(@PathVariable long id, Model model) {
        MailboxPasswordForm form = new MailboxPasswordForm();
        form.setPassword(passwords.generate());
        model.addAttribute("passwordForm", form);
        model.addAttribute("passwordGenerated", true);
        return actions.render(id, model);
    }

    @PostMapping("/delete")
    @MailboxWriteAccess
    String delete(@PathVariable long id, @Valid @ModelAttribute("deleteForm") MailboxDeleteForm form,
                  BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
        if (result.hasErrors()) {
            return actions.render(id, model);
        }
        MailinMailbox mailbox = details.record(id);
        if (!form.confirms(mailbox.username())) {
            result.rejectValue("confirmation", "mailboxes.detail.delete.mismatch");
            return actions.render(id, model);
        }
        MailboxAction action = MailboxAction.on(id, "mailboxes.detail.deleted")
                .then(MailboxProvider.of(mailbox.isGoogle()).listPath(), mailbox.username());
        return actions.perform(action, result, model, redirect, locale, () -> mailboxes.delete(id));
    }
}
