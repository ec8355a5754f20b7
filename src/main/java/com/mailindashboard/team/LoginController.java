package com.mailindashboard.team;

import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final TeamService team;
    private final long lockoutMinutes;

    LoginController(TeamService team, LoginThrottleProperties throttle) {
        this.team = team;
        this.lockoutMinutes = Math.max(1, throttle.lockout().toMinutes());
    }

    @GetMapping("/login")
    String login(Authentication authentication, org.springframework.ui.Model model) {
        model.addAttribute("lockoutMinutes", lockoutMinutes);
        if (!team.anyUser()) {
            return "redirect:/setup";
        }
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
                && authentication.isAuthenticated()) {
            return "redirect:/";
        }
        return "team/login";
    }
}
