package com.mailindashboard.domains;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /domains/availability}: checks up to 50 names at once (D5). A checking is a read, so the
 * names are in the URL and a result can be shared; available names can be ticked and bought.
 */
@Controller
class DomainAvailabilityController {

    static final int MAX_NAMES = 50;

    private final DomainAvailabilityChecker checker;
    private final MessageSource messages;

    DomainAvailabilityController(DomainAvailabilityChecker checker, MessageSource messages) {
        this.checker = checker;
        this.messages = messages;
    }

    @GetMapping("/domains/availability")
    String check(@RequestParam(name = "names", required = false) String typed, Model model, Locale locale) {
        // the text as shown again (a textarea drops a leading line break), so line numbers match what is seen
        String names = typed == null ? "" : typed.strip();
        model.addAttribute("names", names);
        model.addAttribute("maxNames", MAX_NAMES);
        model.addAttribute("providers", DomainBuyController.PROVIDERS);
        model.addAttribute("lineErrors", List.of());
        model.addAttribute("results", List.of());
        if (names.isEmpty()) {
            return "domains/availability";
        }
        List<DomainNameRules.Verdict> verdicts = DomainNameRules.check(names, false);
        if (verdicts.size() > MAX_NAMES) {
            model.addAttribute("problem", messages.getMessage("domains.availability.error.too-many",
                    new Object[] {MAX_NAMES, verdicts.size()}, locale));
            return "domains/availability";
        }
        model.addAttribute("lineErrors", DomainNameProblem.of(verdicts));
        List<DomainAvailabilityChecker.Result> results = checker.check(DomainNameProblem.usable(verdicts));
        model.addAttribute("results", results);
        model.addAttribute("anyAvailable", results.stream().anyMatch(DomainAvailabilityChecker.Result::available));
        model.addAttribute("checked", true);
        return "domains/availability";
    }
}
