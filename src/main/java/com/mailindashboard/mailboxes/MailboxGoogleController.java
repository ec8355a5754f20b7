package com.mailindashboard.mailboxes;

import com.mailindashboard.gateway.GoogleMailboxClient;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Google-only actions of a mailbox page: signature (G12, G13) and forwarding (G14, G15, G16). */
@Controller
@RequestMapping("/mailboxes/{id:\\d+}")
@MailboxWriteAccess
class MailboxGoogleController {

    private final MailboxActions actions;
    private final GoogleMailboxClient google;

    MailboxGoogleController(MailboxActions actions, GoogleMailboxClient google) {
        this.actions = actions;
        this.google = google;
    }

    @PostMapping("/signature")
    String addSignature(@PathVariable long id, @Valid @ModelAttribute("signatureForm") MailboxSignatureForm form,
                        BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
        return actions.perform(MailboxAction.on(id, "mailboxes.google.signature.saved").field("signature", "signature"),
                result, model, redirect, locale, () -> google.addSignature(id, form.getSignature()));
    }

    @PostMapping("/signature/delete")
    String deleteSignature(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        return actions.perform(MailboxAction.on(id, "mailboxes.google.signature.deleted"), redirect, locale,
                () -> google.deleteSignature(id));
    }

    @PostMapping("/forwarding/setup")
    String setUpForwarding(@PathVariable long id, @Valid @ModelAttribute("forwardingForm") MailboxForwardingForm form,
                           BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
        return actions.perform(forwarding(id, "mailboxes.google.forwarding.set-up"), result, model, redirect, locale,
                () -> google.setUpForwarding(id, form.getForwardingEmail().strip()));
    }

    @PostMapping("/forwarding/update")
    String updateForwarding(@PathVariable long id, @Valid @ModelAttribute("forwardingForm") MailboxForwardingForm form,
                            BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
        return actions.perform(forwarding(id, "mailboxes.google.forwarding.updated"), result, model, redirect, locale,
                () -> google.updateForwarding(id, form.getForwardingEmail().strip()));
    }

    @PostMapping("/forwarding/remove")
    String removeForwarding(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        return actions.perform(MailboxAction.on(id, "mailboxes.google.forwarding.removed"), redirect, locale,
                () -> google.removeForwarding(id));
    }

    private static MailboxAction forwarding(long id, String successKey) {
        return MailboxAction.on(id, successKey).field("forwardingEmail", "forwarding_email");
    }
}
