package com.mailindashboard.domains;

import com.mailindashboard.jobs.Job;
import com.mailindashboard.jobs.JobLedger;
import com.mailindashboard.jobs.Operation;
import com.mailindashboard.jobs.OperationLedger;
import com.mailindashboard.jobs.OperationOutcome;
import com.mailindashboard.jobs.OperationState;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /domains/operations/{id}}: what became of a confirmed purchase or transfer, in words per
 * state, with the job that follows it, the names Mailin refused (and the rest to buy), or the
 * nameservers of a transfer.
 */
@Controller
class DomainOperationController {

    private final OperationLedger operations;
    private final JobLedger jobs;

    DomainOperationController(OperationLedger operations, JobLedger jobs) {
        this.operations = operations;
        this.jobs = jobs;
    }

    /** Post-redirect-get to the operation's page; a repeated submission is said to be one there. */
    static String redirectTo(OperationOutcome outcome, RedirectAttributes redirect) {
        if (outcome.repeated()) {
            redirect.addFlashAttribute("repeated", true);
        }
        return "redirect:/domains/operations/" + outcome.operation().getId();
    }

    @GetMapping("/domains/operations/{id}")
    String show(@PathVariable long id, Model model) {
        Operation operation = operations.find(id)
                .filter(o -> DomainProvider.ofKind(o.getKind()).isPresent())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Job job = operation.getJobId() == null ? null : jobs.find(operation.getJobId()).orElse(null);
        boolean purchase = DomainProvider.isPurchase(operation.getKind());
        model.addAttribute("operation", operation);
        model.addAttribute("provider", DomainProvider.ofKind(operation.getKind()).orElseThrow());
        model.addAttribute("purchase", purchase);
        model.addAttribute("job", job);
        model.addAttribute("nameServers", job == null ? List.of() : job.getDetail());
        model.addAttribute("rest", purchase ? rest(operation) : List.of());
        return "domains/operation";
    }

    /** The names of a refused purchase that Mailin did not refuse: what "buy the rest" offers. */
    static List<String> rest(Operation operation) {
        if (operation.getState() != OperationState.REJECTED || operation.getRefused().isEmpty()) {
            return List.of();
        }
        List<String> refused = operation.getRefused().stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).toList();
        return operation.getSubjects().stream()
                .filter(name -> !refused.contains(name.toLowerCase(Locale.ROOT)))
                .toList();
    }
}
