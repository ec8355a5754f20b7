package com.mailindashboard.overview;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class OverviewController {

    private final OverviewService overview;

    OverviewController(OverviewService overview) {
        this.overview = overview;
    }

    @GetMapping("/")
    String overview(Model model, Locale locale) {
        model.addAttribute("overview", overview.load(locale));
        return "overview/overview";
    }
}
