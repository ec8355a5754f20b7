package com.mailindashboard.overview;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class OverviewController {

    private final OverviewService overview;
    private final long lowCreditsThreshold;

    OverviewController(OverviewService overview,
                       @Value("${dashboard.verification.low-credits-threshold:1000}") long lowCreditsThreshold) {
        this.overview = overview;
        this.lowCreditsThreshold = lowCreditsThreshold;
    }

    @GetMapping("/")
    String overview(Model model, Locale locale) {
        model.addAttribute("overview", overview.load(locale));
        model.addAttribute("lowCreditsThreshold", lowCreditsThreshold);
        return "overview/overview";
    }
}
