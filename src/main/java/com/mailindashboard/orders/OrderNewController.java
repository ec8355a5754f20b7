package com.mailindashboard.orders;

import com.mailindashboard.approvals.ApprovalGate;
import com.mailindashboard.approvals.ApprovalRequest;
import com.mailindashboard.domains.DomainNameRules;
import com.mailindashboard.gateway.AzureOrderRequest;
import com.mailindashboard.gateway.InboxProvider;
import com.mailindashboard.gateway.MailinException;
import com.mailindashboard.gateway.MailinValidationException;
import com.mailindashboard.gateway.Registrar;
import com.mailindashboard.integrations.IntegrationDirectory;
import com.mailindashboard.integrations.IntegrationForm;
import com.mailindashboard.integrations.IntegrationKind;
import com.mailindashboard.integrations.IntegrationService;
import com.mailindashboard.integrations.IntegrationType;
import com.mailindashboard.jobs.OperationOutcome;
import com.mailindashboard.web.MailinProblem;
import com.mailindashboard.web.Outcome;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /orders/new}: one form in steps (domain, mailboxes, inbox provider), checked as a whole
 * before anything is sent, a preview that says exactly what will be ordered (and plainly when it
 * buys a domain), and a confirm that sends one Z1 through the operation ledger under the preview's
 * key. Every answer shows the form with what was typed.
 */
@Controller
@RequestMapping("/orders/new")
class OrderNewController {

    static final String FORM = "orders/new";

    private final IntegrationService providers;
    private final OrderChecks checks;
    private final OrderPlacement placement;
    private final IntegrationDirectory integrations;
    private final ApprovalGate approvals;
    private final MessageSource messages;

    OrderNewController(IntegrationService providers, OrderChecks checks,
                       OrderPlacement placement, IntegrationDirectory integrations, ApprovalGate approvals,
                       MessageSource messages) {
        this.providers = providers;
        this.checks = checks;
        this.placement = placement;
        this.integrations = integrations;
        this.approvals = approvals;
        this.messages = messages;
    }

    @GetMapping
    String form(@ModelAttribute("form") OrderForm form, Model model, Locale locale) {
        return showForm(form, null, List.of(), model, locale);
    }

    /** "Back to edit" from the preview. */
    @PostMapping("/edit")
    String edit(@ModelAttribute("form") OrderForm form, Model model, Locale locale) {
        return showForm(form, null, List.of(), model, locale);
    }

    /** The builder: fills the manual list up to the count Mailin wants from the people and patterns chosen. */
    @PostMapping("/build")
    String build(@ModelAttribute("form") OrderForm form, Model model, Locale locale) {
        List<String> problems = new ArrayList<>();
        String domain = DomainNameRules.normalize(form.getDomain());
        List<String> people = OrderChecks.lines(form.getPeople()).stream().map(Map.Entry::getValue).toList();
        List<AddressPattern> patterns = patterns(form.getPatterns());
        if (domain.isEmpty()) {
            problems.add(text("orders.builder.error.domain", locale));
        }
        if (people.isEmpty()) {
            problems.add(text("orders.builder.error.people", locale));
        }
        if (patterns.isEmpty()) {
            problems.add(text("orders.builder.error.patterns", locale));
        }
        if (problems.isEmpty()) {
            List<Map.Entry<Integer, String>> existing = OrderChecks.lines(form.getMailboxes());
            Set<String> taken = existing.stream().map(line -> OrderChecks.split(line.getValue())[1])
                    .collect(Collectors.toSet());
            int wanted = AzureOrderRequest.MANUAL_MAILBOXES - existing.size();
            List<MailboxBuilder.Built> built = MailboxBuilder.build(people, patterns, domain, taken, wanted);
            List<String> lines = new ArrayList<>(existing.stream().map(Map.Entry::getValue).toList());
            built.forEach(row -> lines.add(row.line()));
            form.setMailboxes(String.join("\n", lines));
            form.setMode(MailboxMode.MANUAL.wire());
            if (built.size() < wanted) {
                problems.add(text("orders.builder.short", locale, built.size(), wanted));
            }
            model.addAttribute("built", built.size());
        }
        model.addAttribute("builderProblems", problems);
        return showForm(form, null, List.of(), model, locale);
    }

    /**
     * Step 3's inline "add an inbox provider" (P1): checked like on {@code /integrations}, then
     * chosen for the order; the form comes back with everything typed (but the new provider's secrets).
     */
    @PostMapping("/provider")
    String addProvider(@ModelAttribute("form") OrderForm form, Model model, Locale locale) {
        IntegrationForm provider = form.getNewProvider();
        Map<String, MessageSourceResolvable> errors = new LinkedHashMap<>(providers.check(
                IntegrationKind.PROVIDER, provider, true));
        String problem = null;
        if (errors.isEmpty()) {
            try {
                long id = providers.add(IntegrationKind.PROVIDER, provider);
                form.setProviderId(id);
                model.addAttribute("providerAdded", text("orders.provider.added", locale, provider.getName()));
                form.setNewProvider(null);
            } catch (MailinValidationException e) {
                errors.putAll(IntegrationService.fieldErrors(e));
                problem = text("integrations.refused", locale, e.upstreamMessage() == null ? "" : e.upstreamMessage());
            } catch (MailinException e) {
                problem = messages.getMessage(MailinProblem.of(e).title(), locale);
            }
        }
        form.getNewProvider().forgetSecrets();
        model.addAttribute("providerErrors", errors);
        model.addAttribute("providerProblem", problem);
        model.addAttribute("addingProvider", !errors.isEmpty() || problem != null);
        return showForm(form, null, List.of(), model, locale);
    }

    @PostMapping("/preview")
    String preview(@ModelAttribute("form") OrderForm form,
                   @RequestParam(name = "file", required = false) MultipartFile file, Model model, Locale locale) {
        List<String> problems = new ArrayList<>();
        if (file != null && !file.isEmpty()) {
            try {
                List<String> lines = OrderCsv.read(file.getInputStream(), form.mailboxMode());
                if (form.mailboxMode() == MailboxMode.AUTO) {
                    form.setFullNames(merge(form.getFullNames(), lines));
                } else {
                    form.setMailboxes(merge(form.getMailboxes(), lines));
                }
            } catch (OrderCsv.Refused e) {
                problems.add(messages.getMessage(e.key(), e.arguments(), locale));
            } catch (IOException e) {
                problems.add(text("orders.csv.unreadable", locale));
            }
        }
        Choices choices = choices(locale);
        OrderCheck check = checks.check(form, choices.registrarIds(), choices.providerIds(), true);
        if (!problems.isEmpty() || !check.ok()) {
            return showForm(form, check, problems, model, locale, choices);
        }
        model.addAttribute("form", form);
        model.addAttribute("draft", check.draft());
        model.addAttribute("registrar", name(choices.registrars(), check.draft().registrarId()));
        model.addAttribute("provider", name(choices.providers(), check.draft().providerId()));
        form.setOperationKey(UUID.randomUUID().toString());
        return "orders/preview";
    }

    @PostMapping("/confirm")
    String confirm(@ModelAttribute("form") OrderForm form, Authentication auth, Model model,
                   RedirectAttributes redirect, Locale locale) {
        OrderCheck check = checks.check(form, null, null, false);
        if (!validKey(form.getOperationKey())) {
            return showForm(form, check, List.of(text("orders.error.key", locale)), model, locale);
        }
        if (!check.ok()) {
            return showForm(form, check, List.of(), model, locale);
        }
        Optional<ApprovalRequest> held = check.draft().purchase() ? approvals.hold(OrderPlacement.submission(
                form.getOperationKey(), check.draft(), auth.getName())) : Optional.empty();
        if (held.isPresent()) {
            return ApprovalGate.redirectTo(held.get(), redirect);
        }
        OperationOutcome outcome = placement.placeAudited(form.getOperationKey(), check.draft(), auth.getName());
        if (outcome.repeated()) {
            redirect.addFlashAttribute("repeated", true);
        }
        return "redirect:/orders/operations/" + outcome.operation().getId();
    }

    /** The account's registrars and providers for the form's choices; null ids when Mailin could not be asked. */
    record Choices(Outcome<List<Registrar>> registrars, Outcome<List<InboxProvider>> providers) {
        Set<Long> registrarIds() {
            return registrars.ok() ? registrars.value().stream().map(Registrar::id).collect(Collectors.toSet()) : null;
        }

        Set<Long> providerIds() {
            return providers.ok() ? providers.value().stream().map(InboxProvider::id).collect(Collectors.toSet()) : null;
        }
    }

    private Choices choices(Locale locale) {
        return new Choices(Outcome.of(integrations::registrars),
                Outcome.of(integrations::providers));
    }

    private String showForm(OrderForm form, OrderCheck check, List<String> problems, Model model, Locale locale) {
        return showForm(form, check, problems, model, locale, choices(locale));
    }

    private String showForm(OrderForm form, OrderCheck check, List<String> problems, Model model, Locale locale,
                            Choices choices) {
        form.getNewProvider().forgetSecrets();
        model.addAttribute("form", form);
        model.addAttribute("errors", check == null ? Map.of() : check.errors());
        model.addAttribute("rowProblems", check == null ? List.of() : check.rows());
        model.addAttribute("count", check == null ? null : check.count());
        model.addAttribute("problems", problems);
        model.addAttribute("registrars", choices.registrars());
        model.addAttribute("providers", choices.providers());
        model.addAttribute("patternChoices", AddressPattern.values());
        model.addAttribute("providerTypes", IntegrationType.of(
                IntegrationKind.PROVIDER));
        if (!model.containsAttribute("providerErrors")) {
            model.addAttribute("providerErrors", Map.of());
        }
        model.addAttribute("required", AzureOrderRequest.MANUAL_MAILBOXES);
        model.addAttribute("lineCount", OrderChecks.lines(form.getMailboxes()).size());
        model.addAttribute("tlds", String.join(" ", DomainNameRules.ALLOWED_TLDS.stream()
                .map(t -> "." + t).toList()));
        return FORM;
    }

    private static List<AddressPattern> patterns(List<String> names) {
        Set<String> wanted = new HashSet<>(names);
        return Arrays.stream(AddressPattern.values()).filter(p -> wanted.contains(p.name())).toList();
    }

    private static <T> String name(Outcome<List<T>> list, Long id) {
        if (id == null || !list.ok()) {
            return id == null ? null : "#" + id;
        }
        Map<Long, String> names = new LinkedHashMap<>();
        for (T item : list.value()) {
            if (item instanceof Registrar r) {
                names.put(r.id(), r.name() + " (" + r.provider() + ")");
            } else if (item instanceof InboxProvider p) {
                names.put(p.id(), p.name() + " (" + p.provider() + ")");
            }
        }
        return names.getOrDefault(id, "#" + id);
    }

    private static String merge(String typed, List<String> lines) {
        String text = typed == null ? "" : typed.strip();
        String added = String.join("\n", lines);
        return text.isEmpty() ? added : added.isEmpty() ? text : text + "\n" + added;
    }

    static boolean validKey(String key) {
        if (key == null || key.length() != 36) {
            return false;
        }
        try {
            return UUID.fromString(key).toString().equalsIgnoreCase(key);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
