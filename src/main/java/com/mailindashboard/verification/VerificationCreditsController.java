package com.mailindashboard.verification;

import com.mailindashboard.paging.PageParams;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /verification/credits}: balance, Mailin's history and our own ledger's use of credits. */
@Controller
class VerificationCreditsController {

    private final VerificationCredits credits;

    VerificationCreditsController(VerificationCredits credits) {
        this.credits = credits;
    }

    @GetMapping("/verification/credits")
    String credits(@RequestParam(required = false) String page, Model model, Locale locale) {
        int number = PageParams.page(page);
        VerificationCredits.CreditsPage view = credits.load(number);
        model.addAttribute("credits", view);
        int pageCount = view.history().ok() ? view.history().value().pageCount() : 1;
        model.addAttribute("pageNumber", number);
        model.addAttribute("pageCount", pageCount);
        model.addAttribute("previousUrl", number > 1 ? "/verification/credits?page=" + (number - 1) : null);
        model.addAttribute("nextUrl", view.history().ok() && view.history().value().hasNext()
                ? "/verification/credits?page=" + (number + 1) : null);
        return "verification/credits";
    }
}
