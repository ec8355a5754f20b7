package com.mailindashboard.domains;

import com.mailindashboard.approvals.ApprovalGate;
import com.mailindashboard.domains.DomainDetailService.DomainDetail;
import com.mailindashboard.gateway.MailinDomain;
import com.mailindashboard.gateway.MailinException;
import com.mailindashboard.web.MailinProblem;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
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
 * {@code /domains/{id}}: the domain (D4) with its sending limit (D12), and its actions: forward to
 * a domain (D13), remove forwarding (D14), forward its email (D15), add a subdomain (D7) and delete
 * it with its mailboxes (D11). Each action reads the domain first, so the name it uses (subdomain
 * parent, delete confirmation) is Mailin's, not the browser's. Bad input, and a refusal by Mailin,
 * show the page again with the message next to the form and the input kept; success redirects
 * with a flash.
 */
@Controller
@RequestMapping("/domains/{id:\\d+}")
class DomainDetailController {

    private static final String PAGE = "domains/detail";

    private final DomainDetailService details;
    private final MessageSource messages;

    DomainDetailController(DomainDetailService details, MessageSource messages) {
        this.details = details;
        this.messages = messages;
    }

    @GetMapping
    String show(@PathVariable long id, Model model, Locale locale) {
        return page(details.load(id), model);
    }

    @PostMapping("/forward")
    String forward(@PathVariable long id, @Valid @ModelAttribute("forwardForm") DomainForwardForm form,
                   BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
        MailinDomain domain = details.domain(id);
        if (!result.hasFieldErrors("forwardTo") && form.pointsTo(domain.name())) {
            result.rejectValue("forwardTo", "domains.detail.forward.self", new Object[] {domain.name()}, null);
        }
        return perform(domain, "forward", result, model, locale, () -> {
            String target = form.getForwardTo().toLowerCase(Locale.ROOT);
            details.forward(domain, target);
            return done(domain, redirect, locale, "domains.detail.forward.done", target);
        });
    }

    @PostMapping("/forward/remove")
    String removeForward(@PathVariable long id, Model model, RedirectAttributes redirect, Locale locale) {
        MailinDomain domain = details.domain(id);
        return perform(domain, "removeForward", null, model, locale, () -> {
            details.removeForward(domain);
            return done(domain, redirect, locale, "domains.detail.forward-remove.done");
        });
    }

    @PostMapping("/email-forward")
    String forwardEmail(@PathVariable long id, @Valid @ModelAttribute("emailForwardForm") DomainEmailForwardForm form,
                        BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
        MailinDomain domain = details.domain(id);
        return perform(domain, "emailForward", result, model, locale, () -> {
            details.forwardEmail(domain, form.getForwardToEmail());
            return done(domain, redirect, locale, "domains.detail.email-forward.done", form.getForwardToEmail());
        });
    }

    @PostMapping("/subdomain")
    String addSubdomain(@PathVariable long id, @Valid @ModelAttribute("subdomainForm") DomainSubdomainForm form,
                        BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
        MailinDomain domain = details.domain(id);
        return perform(domain, "subdomain", result, model, locale, () -> {
            details.addSubdomain(domain, form.getSubdomain());
            return done(domain, redirect, locale, "domains.detail.subdomain.done",
                    form.getSubdomain() + "." + domain.name());
        });
    }

    @PostMapping("/delete")
    String delete(@PathVariable long id, @Valid @ModelAttribute("deleteForm") DomainDeleteForm form,
                  BindingResult result, Authentication auth, Model model, RedirectAttributes redirect, Locale locale) {
        MailinDomain domain = details.domain(id);
        if (!result.hasFieldErrors("confirmName") && !form.confirms(domain.name())) {
            result.rejectValue("confirmName", "domains.detail.delete.mismatch", new Object[] {domain.name()}, null);
        }
        return perform(domain, "delete", result, model, locale, () -> {
            var held = details.heldDeletion(domain, auth.getName());
            if (held.isPresent()) {
                return ApprovalGate.redirectTo(held.get(), redirect);
            }
            details.delete(domain);
            redirect.addFlashAttribute("flashSuccess",
                    messages.getMessage("domains.detail.delete.done", new Object[] {domain.name()}, locale));
            return "redirect:/domains";
        });
    }

    /**
     * Runs an action whose input passed validation ({@code result} null for actions without input);
     * otherwise, or when Mailin refuses it, shows the page again with {@code <action>Problem} set.
     */
    private String perform(MailinDomain domain, String action, BindingResult result, Model model, Locale locale,
                           Supplier<String> call) {
        if (result == null || !result.hasErrors()) {
            try {
                return call.get();
            } catch (MailinException e) {
                model.addAttribute(action + "Problem", MailinProblem.of(e));
            }
        }
        return page(details.around(domain), model);
    }

    private String done(MailinDomain domain, RedirectAttributes redirect, Locale locale, String key, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = domain.name();
        System.arraycopy(more, 0, args, 1, more.length);
        redirect.addFlashAttribute("flashSuccess", messages.getMessage(key, args, locale));
        return "redirect:/domains/" + domain.id();
    }

    private String page(DomainDetail detail, Model model) {
        model.addAttribute("detail", detail);
        addIfMissing(model, "forwardForm", DomainForwardForm::new);
        addIfMissing(model, "emailForwardForm", DomainEmailForwardForm::new);
        addIfMissing(model, "subdomainForm", DomainSubdomainForm::new);
        addIfMissing(model, "deleteForm", DomainDeleteForm::new);
        return PAGE;
    }

    private static void addIfMissing(Model model, String name, Supplier<Object> form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form.get());
        }
    }
}
