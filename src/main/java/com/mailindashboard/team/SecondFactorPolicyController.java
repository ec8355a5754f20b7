package com.mailindashboard.team;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The second-factor policy's own form on /settings (admins only, after a fresh proof; audited). */
@Controller
class SecondFactorPolicyController {

    static final String PATH = "/settings/second-factor";

    private final SecondFactorPolicyService policy;
    private final MessageSource messages;

    SecondFactorPolicyController(SecondFactorPolicyService policy, MessageSource messages) {
        this.policy = policy;
        this.messages = messages;
    }

    @PostMapping(PATH)
    String change(@ModelAttribute SecondFactorPolicyForm secondFactorPolicyForm, Authentication authentication,
                  RedirectAttributes redirect, Locale locale) {
        policy.change(secondFactorPolicyForm, authentication.getName());
        redirect.addFlashAttribute("flashSuccess", messages.getMessage("second-factor.policy.saved", null, locale));
        return "redirect:/settings";
    }
}
