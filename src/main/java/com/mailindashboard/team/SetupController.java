package com.mailindashboard.team;

import com.mailindashboard.audit.AuditEntry;
import com.mailindashboard.audit.AuditLog;
import com.mailindashboard.audit.AuditOutcome;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** First-time setup: creates the first admin, guarded by the setup token printed to the log. */
@Controller
class SetupController {

    private final TeamService team;
    private final SetupToken setupToken;
    private final AuditLog audit;

    SetupController(TeamService team, SetupToken setupToken, AuditLog audit) {
        this.team = team;
        this.setupToken = setupToken;
        this.audit = audit;
    }

    @GetMapping("/setup")
    String form(Model model) {
        if (team.anyUser()) {
            return "redirect:/login";
        }
        model.addAttribute("setupForm", new SetupForm());
        return "team/setup";
    }

    @PostMapping("/setup")
    String create(@Valid @ModelAttribute SetupForm setupForm, BindingResult result, RedirectAttributes redirect) {
        if (team.anyUser()) {
            return "redirect:/login";
        }
        if (!result.hasFieldErrors("setupToken") && !setupToken.matches(setupForm.getSetupToken())) {
            audit.record(AuditEntry.of("team.first-admin", AuditOutcome.DENIED).summary("wrong setup token")
                    .actor(setupForm.getEmail() == null ? "(blank)" : setupForm.getEmail()));
            result.rejectValue("setupToken", "setup.token.wrong");
        }
        if (!result.hasFieldErrors("confirmPassword") && setupForm.getPassword() != null
                && !setupForm.getPassword().equals(setupForm.getConfirmPassword())) {
            result.rejectValue("confirmPassword", "password.confirm.mismatch");
        }
        if (result.hasErrors()) {
            setupForm.setPassword(null);
            setupForm.setConfirmPassword(null);
            return "team/setup";
        }
        team.createFirstAdmin(setupForm.getEmail(), setupForm.getDisplayName().strip(), setupForm.getPassword(),
                "setup page");
        setupToken.spend();
        redirect.addAttribute("setup", "");
        return "redirect:/login";
    }
}
