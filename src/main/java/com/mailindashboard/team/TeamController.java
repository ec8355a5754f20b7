package com.mailindashboard.team;

import jakarta.validation.Valid;
import java.util.Locale;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /team}: admins add teammates, change roles, disable them and reset passwords. */
@Controller
@RequestMapping("/team")
class TeamController {

    private final TeamService team;
    private final SecondFactorService factors;
    private final MessageSource messages;

    TeamController(TeamService team, SecondFactorService factors, MessageSource messages) {
        this.team = team;
        this.factors = factors;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("newTeammateForm")) {
            model.addAttribute("newTeammateForm", new NewTeammateForm());
        }
        model.addAttribute("teammates", team.all());
        model.addAttribute("roles", Role.values());
        return "team/list";
    }

    @PostMapping
    String add(@Valid @ModelAttribute NewTeammateForm newTeammateForm, BindingResult result, Model model,
               RedirectAttributes redirect, Locale locale) {
        if (!result.hasErrors()) {
            try {
                IssuedPassword issued = team.add(newTeammateForm);
                redirect.addFlashAttribute("issuedPassword", issued);
                redirect.addFlashAttribute("flashSuccess", text("team.added", locale, issued.email()));
                return "redirect:/team";
            } catch (TeamRuleException e) {
                result.rejectValue(e.field(), e.messageKey());
            }
        }
        return list(model);
    }

    @PostMapping("/{id}/role")
    String changeRole(@PathVariable long id, @RequestParam Role role,
                      RedirectAttributes redirect, Locale locale) {
        return apply(redirect, locale, "team.role.changed", () -> team.changeRole(id, role));
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, Authentication auth, RedirectAttributes redirect, Locale locale) {
        return apply(redirect, locale, "team.disabled", () -> team.setEnabled(id, false, auth.getName()));
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, Authentication auth, RedirectAttributes redirect, Locale locale) {
        return apply(redirect, locale, "team.enabled", () -> team.setEnabled(id, true, auth.getName()));
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        try {
            redirect.addFlashAttribute("issuedPassword", team.resetPassword(id));
            redirect.addFlashAttribute("flashSuccess", text("team.password.reset", locale));
        } catch (TeamRuleException e) {
            redirect.addFlashAttribute("flashError", text(e.messageKey(), locale));
        }
        return "redirect:/team";
    }

    /** A lost phone: the teammate signs in with the password alone again and may enrol anew (issue 13). */
    @PostMapping("/{id}/second-factor/reset")
    String resetSecondFactor(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        return apply(redirect, locale, "second-factor.reset.done", () -> factors.reset(id));
    }

    private String apply(RedirectAttributes redirect, Locale locale, String successKey, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("flashSuccess", text(successKey, locale));
        } catch (TeamRuleException e) {
            redirect.addFlashAttribute("flashError", text(e.messageKey(), locale));
        }
        return "redirect:/team";
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
