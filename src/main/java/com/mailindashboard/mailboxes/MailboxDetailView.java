package com.mailindashboard.mailboxes;

import com.mailindashboard.secrets.Masking;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the model of the mailbox page: the loaded page and every action form, keeping a form the
 * request already put there (with its input and errors) and starting the others from the mailbox.
 */
@Component
class MailboxDetailView {

    static final String VIEW = "mailboxes/detail";

    private final MailboxDetailService details;

    MailboxDetailView(MailboxDetailService details) {
        this.details = details;
    }

    String render(long id, Model model) {
        MailboxDetailPage page = details.load(id);
        MailboxDetail mailbox = page.mailbox();
        model.addAttribute("page", page);
        model.addAttribute("mailbox", mailbox);
        model.addAttribute("mailboxId", mailbox.id());
        model.addAttribute("hasPassword", mailbox.hasPassword());
        model.addAttribute("mask", Masking.MASK);
        addIfAbsent(model, "renameForm", () -> {
            MailboxRenameForm form = new MailboxRenameForm();
            form.setName(mailbox.name());
            return form;
        });
        addIfAbsent(model, "passwordForm", MailboxPasswordForm::new);
        addIfAbsent(model, "deleteForm", MailboxDeleteForm::new);
        addIfAbsent(model, "signatureForm", () -> {
            MailboxSignatureForm form = new MailboxSignatureForm();
            form.setSignature(mailbox.signature());
            return form;
        });
        addIfAbsent(model, "forwardingForm", () -> {
            MailboxForwardingForm form = new MailboxForwardingForm();
            form.setForwardingEmail(mailbox.forwardingEmail());
            return form;
        });
        return VIEW;
    }

    private static void addIfAbsent(Model model, String name, Supplier<Object> form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form.get());
        }
    }
}
