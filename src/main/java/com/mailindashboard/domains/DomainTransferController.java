package com.mailindashboard.domains;

import com.mailindashboard.jobs.Operation;
import com.mailindashboard.jobs.OperationOutcome;
import com.mailindashboard.jobs.OperationState;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /domains/transfer}: moves one domain into the account (D9 SMTP, G4 Google, D1 Inboxkit)
 * through the operation ledger. An accepted transfer goes to its operation page, where the
 * nameservers to set at the current registrar are the point; a refusal stays on the form.
 */
@Controller
@RequestMapping("/domains/transfer")
class DomainTransferController {

    static final int MAX_UID = 200;

    private final DomainTransferService transfers;
    private final DomainOperationAudit audit;
    private final MessageSource messages;

    DomainTransferController(DomainTransferService transfers, DomainOperationAudit audit, MessageSource messages) {
        this.transfers = transfers;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping
    String form(Model model) {
        return showForm(DomainTransferForm.blank(), Map.of(), model);
    }

    @PostMapping
    String transfer(DomainTransferForm form, Authentication auth, Model model, RedirectAttributes redirect,
                    HttpServletResponse response, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.provider() == null) {
            errors.put("provider", messages.getMessage("domains.transfer.error.provider", null, locale));
        }
        List<DomainNameRules.Verdict> verdicts = DomainNameRules.check(
                Collections.singletonList(form.domainName()), false);
        if (verdicts.isEmpty()) {
            errors.put("domainName", messages.getMessage("domains.transfer.error.name-required", null, locale));
        } else if (!verdicts.getFirst().ok()) {
            errors.put("domainName", messages.getMessage(DomainNameProblem.of(verdicts).getFirst().reason(), locale));
        }
        String uid = form.uid() == null ? "" : form.uid().strip();
        if (form.provider() == DomainProvider.INBOXKIT && uid.isEmpty()) {
            errors.put("uid", messages.getMessage("domains.transfer.error.uid-required", null, locale));
        } else if (uid.length() > MAX_UID) {
            errors.put("uid", messages.getMessage("domains.transfer.error.uid-long", new Object[] {MAX_UID}, locale));
        }
        if (!OperationKeys.valid(form.operationKey())) {
            errors.put("form", messages.getMessage("domains.transfer.error.key", null, locale));
            form = form.withKey(OperationKeys.fresh());
        }
        if (!errors.isEmpty()) {
            return showForm(form, errors, model);
        }
        OperationOutcome outcome = transfers.transfer(form.operationKey(), form.provider(), verdicts.getFirst().name(),
                form.provider() == DomainProvider.INBOXKIT ? uid : null, auth.getName());
        audit.recordUnlessRepeated("domains.transfer", form.provider(), outcome);
        Operation operation = outcome.operation();
        boolean nothingDone = operation.getState() == OperationState.REJECTED
                || operation.getState() == OperationState.FAILED;
        if (outcome.repeated() || !nothingDone) {
            return DomainOperationController.redirectTo(outcome, redirect);
        }
        // nothing was done: the form again, with Mailin's answer beside it and a new key for the next try
        if (operation.getState() == OperationState.REJECTED) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        model.addAttribute("refusal", operation);
        return showForm(form.withKey(OperationKeys.fresh()), errors, model);
    }

    private static String showForm(DomainTransferForm form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("providers", DomainProvider.values());
        return "domains/transfer";
    }
}
