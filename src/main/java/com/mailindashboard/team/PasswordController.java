package com.mailindashboard.team;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every teammate changes their own password here; a temporary password leads here first. */
@Controller
class PasswordController {

    static final String PATH = "/profile/password";

    private final TeamService team;
    private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();
    private final MessageSource messages;

    PasswordController(TeamService team, MessageSource messages) {
        this.team = team;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String form(Model model) {
        model.addAttribute("passwordChangeForm", new PasswordChangeForm());
        return "team/password";
    }

    @PostMapping(PATH)
    String change(@Valid @ModelAttribute PasswordChangeForm passwordChangeForm, BindingResult result,
                  Authentication authentication, HttpServletRequest request, HttpServletResponse response,
                  RedirectAttributes redirect, Locale locale) {
        if (!result.hasErrors()) {
            try {
                TeamUserDetails updated = team.changeOwnPassword(authentication.getName(), passwordChangeForm,
                        request.getSession().getId(), request.getRemoteAddr());
                updated.eraseCredentials();
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                // the factors this session proved stay proven (issue 13: no second code after a password change)
                List<GrantedAuthority> authorities =
                        new ArrayList<>(updated.getAuthorities());
                authentication.getAuthorities().stream()
                        .filter(FactorGrantedAuthority.class::isInstance)
                        .forEach(authorities::add);
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(updated, null,
                        authorities));
                SecurityContextHolder.setContext(context);
                contextRepository.saveContext(context, request, response);
                redirect.addFlashAttribute("flashSuccess", messages.getMessage("password.changed", null, locale));
                return "redirect:/";
            } catch (TeamRuleException e) {
                result.rejectValue(e.field(), e.messageKey());
            }
        }
        passwordChangeForm.setCurrentPassword(null);
        passwordChangeForm.setNewPassword(null);
        passwordChangeForm.setConfirmPassword(null);
        return "team/password";
    }
}
