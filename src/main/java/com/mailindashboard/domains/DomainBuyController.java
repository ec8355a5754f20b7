package com.mailindashboard.domains;

import com.mailindashboard.approvals.ApprovalGate;
import com.mailindashboard.approvals.ApprovalRequest;
import com.mailindashboard.jobs.OperationOutcome;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /domains/buy}: names typed or uploaded, checked line by line, a preview that says plainly
 * what confirming buys, and a confirm that goes through the operation ledger once per preview
 * (its operation key), then to the operation's page.
 */
@Controller
@RequestMapping("/domains/buy")
class DomainBuyController {

    static final List<DomainProvider> PROVIDERS = List.of(DomainProvider.SMTP, DomainProvider.GOOGLE);

    private final DomainPurchaseService purchases;
    private final DomainOperationAudit audit;
    private final MessageSource messages;
    private final ApprovalGate approvals;

    DomainBuyController(DomainPurchaseService purchases, DomainOperationAudit audit, MessageSource messages,
                        ApprovalGate approvals) {
        this.purchases = purchases;
        this.audit = audit;
        this.messages = messages;
        this.approvals = approvals;
    }

    /** What the checks found: problems with the whole input, problems of single lines, and the usable names. */
    private record Checked(List<String> problems, List<DomainNameProblem> lineErrors, List<String> names) {
        boolean ok() {
            return problems.isEmpty() && lineErrors.isEmpty();
        }
    }

    @GetMapping
    String form(@RequestParam(required = false) DomainProvider provider, @RequestParam(required = false) String names,
                Model model) {
        return showForm(provider, names == null ? "" : names.strip(), List.of(), List.of(), model);
    }

    /** "Back to edit" from the preview: the form again, with the names it had. */
    @PostMapping("/edit")
    String edit(DomainBuyForm form, Model model) {
        return showForm(form.provider(), form.text(), List.of(), List.of(), model);
    }

    @PostMapping("/preview")
    String preview(DomainBuyForm form, @RequestParam(name = "file", required = false) MultipartFile file, Model model,
                   Locale locale) {
        List<String> problems = new ArrayList<>();
        String text = form.text();
        if (file != null && !file.isEmpty()) {
            try {
                text = DomainBuyForm.merge(text, DomainCsv.read(file.getInputStream()));
            } catch (DomainCsv.Refused e) {
                problems.add(messages.getMessage(e.messageKey(), e.arguments(), locale));
            } catch (IOException e) {
                problems.add(messages.getMessage("domains.buy.csv.unreadable", null, locale));
            }
        }
        Checked checked = check(form.provider(), text, locale);
        problems.addAll(checked.problems());
        if (!problems.isEmpty() || !checked.ok()) {
            return showForm(form.provider(), text, problems, checked.lineErrors(), model);
        }
        model.addAttribute("provider", form.provider());
        model.addAttribute("names", checked.names());
        model.addAttribute("operationKey", OperationKeys.fresh());
        model.addAttribute("unresolved", purchases.unresolved(checked.names()));
        return "domains/buy-preview";
    }

    @PostMapping("/confirm")
    String confirm(DomainBuyConfirmation confirmation, Authentication auth, Model model, RedirectAttributes redirect,
                   Locale locale) {
        String text = confirmation.names() == null ? "" : String.join("\n", confirmation.names());
        Checked checked = check(confirmation.provider(), text, locale);
        List<String> problems = new ArrayList<>(checked.problems());
        if (!OperationKeys.valid(confirmation.operationKey())) {
            problems.add(messages.getMessage("domains.buy.error.key", null, locale));
        }
        if (!problems.isEmpty() || !checked.lineErrors().isEmpty()) {
            return showForm(confirmation.provider(), text, problems, checked.lineErrors(), model);
        }
        Optional<ApprovalRequest> held = approvals.hold(DomainPurchaseApproval.submission(
                new DomainBuyConfirmation(confirmation.operationKey(), confirmation.provider(), checked.names()),
                auth.getName()));
        if (held.isPresent()) {
            return ApprovalGate.redirectTo(held.get(), redirect);
        }
        OperationOutcome outcome = purchases.buy(confirmation.operationKey(), confirmation.provider(),
                checked.names(), auth.getName());
        audit.recordUnlessRepeated("domains.buy", confirmation.provider(), outcome);
        return DomainOperationController.redirectTo(outcome, redirect);
    }

    private Checked check(DomainProvider provider, String text, Locale locale) {
        List<String> problems = new ArrayList<>();
        if (provider == null || !provider.purchasable()) {
            problems.add(messages.getMessage("domains.buy.error.provider", null, locale));
        }
        List<DomainNameRules.Verdict> verdicts = DomainNameRules.check(text, true);
        List<String> names = DomainNameProblem.usable(verdicts);
        if (verdicts.isEmpty()) {
            problems.add(messages.getMessage("domains.buy.error.empty", null, locale));
        } else if (verdicts.size() > DomainCsv.MAX_NAMES) {
            problems.add(messages.getMessage("domains.buy.error.too-many",
                    new Object[] {DomainCsv.MAX_NAMES, verdicts.size()}, locale));
        }
        return new Checked(problems, DomainNameProblem.of(verdicts), names);
    }

    private static String showForm(DomainProvider provider, String names, List<String> problems,
                               List<DomainNameProblem> lineErrors, Model model) {
        model.addAttribute("providers", PROVIDERS);
        model.addAttribute("provider", provider != null && provider.purchasable() ? provider : DomainProvider.SMTP);
        model.addAttribute("names", names);
        model.addAttribute("problems", problems);
        model.addAttribute("lineErrors", lineErrors);
        model.addAttribute("maxNames", DomainCsv.MAX_NAMES);
        model.addAttribute("tlds", String.join(" ", DomainNameRules.ALLOWED_TLDS.stream().map(t -> "." + t).toList()));
        return "domains/buy";
    }
}
