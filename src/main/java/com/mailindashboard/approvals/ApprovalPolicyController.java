package com.mailindashboard.approvals;

import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The approval section of {@code /settings} (admin only, like the page): saves the policy; bad input
 * goes back to the page with the errors next to their fields and what was typed.
 */
@Controller
class ApprovalPolicyController {

    static final String FORM = "approvalPolicyForm";

    private final ApprovalPolicies policies;
    private final MessageSource messages;

    ApprovalPolicyController(ApprovalPolicies policies, MessageSource messages) {
        this.policies = policies;
        this.messages = messages;
    }

    @PostMapping("/settings/approvals")
    String save(@Valid @ModelAttribute(FORM) ApprovalPolicyForm form, BindingResult result, Authentication auth,
                RedirectAttributes redirect, Locale locale) {
        if (result.hasErrors()) {
            redirect.addFlashAttribute(FORM, form);
            redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, result);
            redirect.addFlashAttribute("flashError", messages.getMessage("approvals.policy.invalid", null, locale));
            return "redirect:/settings#approvals";
        }
        policies.save(form, auth.getName());
        redirect.addFlashAttribute("flashSuccess", messages.getMessage("approvals.policy.saved", null, locale));
        return "redirect:/settings#approvals";
    }
}
