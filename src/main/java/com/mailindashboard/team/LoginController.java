package com.mailindashboard.team;

import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final TeamService team;

    LoginController(TeamService team) {
        this.team = team;
    }

    @GetMapping("/login")
    String login(Authentication authentication) {
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
