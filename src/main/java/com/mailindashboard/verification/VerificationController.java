package com.mailindashboard.verification;

import com.mailindashboard.approvals.ApprovalGate;
import com.mailindashboard.approvals.ApprovalRequest;
import com.mailindashboard.gateway.MailinException;
import com.mailindashboard.gateway.VerificationType;
import com.mailindashboard.jobs.OperationRequest;
import com.mailindashboard.web.MailinProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /verification}: one address (V1, its verdict in place, followed with V2 until it is
 * there), a pasted list, or a CSV/XLSX file. Lists and files are checked first (streaming) on
 * {@code /verification/checks/{id}}: counts, credits needed against the balance, then one keyed
 * confirm. Starting needs ADMIN or OPERATOR (every POST does); every teammate may look.
 */
@Controller
@RequestMapping("/verification")
class VerificationController {

    private final VerificationService service;
    private final VerificationChecks checks;
    private final MessageSource messages;
    private final ApprovalGate approvals;
    private final VerificationApproval approval;

    VerificationController(VerificationService service, VerificationChecks checks, MessageSource messages,
                           ApprovalGate approvals, VerificationApproval approval) {
        this.service = service;
        this.checks = checks;
        this.messages = messages;
        this.approvals = approvals;
        this.approval = approval;
    }

    @GetMapping
    String page(Model model) {
        return page(model, new VerificationForm());
    }

    @PostMapping("/single")
    String single(VerificationForm form, Authentication auth, Model model, HttpServletResponse response,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale) {
        try {
            if (!OperationRequest.wellFormedKey(form.getSingleKey())) {
                throw new VerificationRefusal("verification.check.stale");
            }
            VerificationService.StartOutcome outcome = service.verifySingle(form.getSingleKey(), form.getEmail(),
                    form.type(), auth.getName());
            model.addAttribute("single", outcome.task());
            model.addAttribute("singleRepeated", outcome.repeated());
            VerificationTaskStatus status = outcome.task().getStatus();
            if (status != VerificationTaskStatus.REJECTED && status != VerificationTaskStatus.FAILED) {
                form.setEmail(""); // a refused address stays typed
            }
        } catch (VerificationRefusal e) {
            model.addAttribute("singleError", messages.getMessage(e.messageKey(), e.arguments(), locale));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        } catch (MailinException e) {
            model.addAttribute("singleProblem", MailinProblem.of(e));
        }
        form.setSingleKey(UUID.randomUUID().toString());
        if (htmx != null) {
            model.addAttribute("form", form);
            model.addAttribute("oobKey", true);
            if (response.getStatus() != HttpStatus.OK.value()) {
                response.setStatus(HttpStatus.OK.value()); // htmx swaps 2xx answers only: the error shows in place
            }
            return "verification/verify :: singleAnswer";
        }
        return page(model, form);
    }

    /** The single verdict, refreshed with V2 while Mailin is still checking (htmx polls it). */
    @GetMapping("/single/{id}")
    String singleResult(@PathVariable long id, Model model, Locale locale) {
        VerificationTask task = service.find(id).filter(t -> t.getMethod() == VerificationMethod.SINGLE)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            task = service.refreshSingle(task);
        } catch (MailinException e) {
            model.addAttribute("singleProblem", MailinProblem.of(e));
        }
        model.addAttribute("single", task);
        return "verification/verify :: singleResult";
    }

    @PostMapping("/list")
    String list(VerificationForm form, Authentication auth, Model model, HttpServletResponse response,
                Locale locale) {
        try {
            VerificationCheck check = checks.checkList(form.getEmails(), form.type(), auth.getName());
            return "redirect:/verification/checks/" + check.getId();
        } catch (VerificationRefusal e) {
            model.addAttribute("listError", messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(model, form);
    }

    @PostMapping("/file")
    String file(VerificationForm form, @RequestParam(name = "file", required = false) MultipartFile file,
                Authentication auth, Model model, HttpServletResponse response, Locale locale) {
        try {
            VerificationCheck check = checks.checkFile(file, form.type(), auth.getName());
            return "redirect:/verification/checks/" + check.getId();
        } catch (VerificationRefusal e) {
            model.addAttribute("fileError", messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(model, form);
    }

    @GetMapping("/checks/{id}")
    String check(@PathVariable String id, Model model) {
        VerificationCheck check = checks.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (check.getState() == VerificationCheck.State.SENT && check.getTaskId() != null) {
            model.addAttribute("sentTask", check.getTaskId());
        }
        model.addAttribute("check", check);
        model.addAttribute("maxList", VerificationFiles.MAX_LIST_EMAILS);
        return "verification/check";
    }

    @PostMapping("/checks/{id}/column")
    String column(@PathVariable String id, @RequestParam(required = false) Integer column,
                  RedirectAttributes redirect, Locale locale) {
        try {
            if (column == null) {
                throw new VerificationRefusal("verification.column.invalid");
            }
            checks.chooseColumn(id, column);
        } catch (VerificationRefusal e) {
            redirect.addFlashAttribute("flashError", messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
        return "redirect:/verification/checks/" + id;
    }

    @PostMapping("/checks/{id}/confirm")
    String confirm(@PathVariable String id, @RequestParam(required = false) String confirmKey, Authentication auth,
                   RedirectAttributes redirect, Locale locale) {
        try {
            if (!OperationRequest.wellFormedKey(confirmKey)) {
                throw new VerificationRefusal("verification.check.stale");
            }
            Optional<ApprovalRequest> held = service.findByKey(confirmKey).isPresent() ? Optional.empty()
                    : approvals.hold(approval.submission(id, confirmKey, auth.getName()));
            if (held.isPresent()) {
                return ApprovalGate.redirectTo(held.get(), redirect);
            }
            VerificationService.StartOutcome outcome = service.startCheck(id, confirmKey, auth.getName());
            VerificationTask task = outcome.task();
            if (outcome.repeated()) {
                redirect.addFlashAttribute("flashSuccess", messages.getMessage("verification.check.already-sent",
                        null, locale));
            } else if (task.getStatus() == VerificationTaskStatus.REJECTED
                    || task.getStatus() == VerificationTaskStatus.FAILED) {
                redirect.addFlashAttribute("flashError", messages.getMessage("verification.check.refused",
                        new Object[] {task.getUpstreamMessage() == null ? "" : task.getUpstreamMessage()}, locale));
                return "redirect:/verification/checks/" + id;
            }
            return "redirect:/verification/tasks/" + task.getId();
        } catch (VerificationRefusal e) {
            redirect.addFlashAttribute("flashError", messages.getMessage(e.messageKey(), e.arguments(), locale));
            return "redirect:/verification/checks/" + id;
        }
    }

    private String page(Model model, VerificationForm form) {
        if (form.getSingleKey() == null) {
            form.setSingleKey(UUID.randomUUID().toString());
        }
        model.addAttribute("form", form);
        model.addAttribute("types", VerificationType.values());
        model.addAttribute("maxList", VerificationFiles.MAX_LIST_EMAILS);
        model.addAttribute("maxFileBytes", VerificationFiles.MAX_FILE_BYTES);
        return "verification/verify";
    }
}
