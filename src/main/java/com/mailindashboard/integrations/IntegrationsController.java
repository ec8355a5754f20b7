package com.mailindashboard.integrations;

import com.mailindashboard.gateway.InboxProvider;
import com.mailindashboard.gateway.MailinException;
import com.mailindashboard.gateway.MailinValidationException;
import com.mailindashboard.gateway.Registrar;
import com.mailindashboard.paging.PageParams;
import com.mailindashboard.web.MailinProblem;
import com.mailindashboard.web.Outcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /integrations}: the account's inbox providers (P2) and domain registrars (R2), paged, with
 * the orders that use each; add and edit with the fields of each kind, checked before any call,
 * Mailin's field errors next to their fields and secrets never shown or sent back; delete after
 * typing the name, warned when orders still use it.
 */
@Controller
class IntegrationsController {

    static final int PER_PAGE = 10;
    private static final String KINDS = "{kind:providers|registrars}";

    private final IntegrationService integrations;
    private final IntegrationDirectory directory;
    private final MessageSource messages;

    IntegrationsController(IntegrationService integrations, IntegrationDirectory directory, MessageSource messages) {
        this.integrations = integrations;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/integrations")
    String list(@RequestParam(name = "providers_page", required = false) String providersPage,
                @RequestParam(name = "registrars_page", required = false) String registrarsPage, Model model,
                Locale locale) {
        int providerNumber = PageParams.page(providersPage);
        int registrarNumber = PageParams.page(registrarsPage);
        model.addAttribute("providers", Outcome.of(() -> integrations.providerPage(providerNumber, PER_PAGE)));
        model.addAttribute("registrars", Outcome.of(() -> integrations.registrarPage(registrarNumber, PER_PAGE)));
        model.addAttribute("usage", Outcome.of(integrations::usage));
        model.addAttribute("providerNumber", providerNumber);
        model.addAttribute("registrarNumber", registrarNumber);
        return "integrations/list";
    }

    @GetMapping("/integrations/" + KINDS + "/new")
    String addForm(@PathVariable String kind, @RequestParam(required = false) String type, Model model) {
        IntegrationForm form = new IntegrationForm();
        IntegrationKind integrationKind = IntegrationKind.ofPath(kind);
        form.setType(IntegrationType.of(integrationKind, type).orElse(IntegrationType.of(integrationKind).getFirst()).wire());
        return showForm(integrationKind, null, form, Map.of(), null, model);
    }

    @PostMapping("/integrations/" + KINDS)
    String add(@PathVariable String kind, @ModelAttribute IntegrationForm form, Model model, RedirectAttributes redirect,
               Locale locale) {
        IntegrationKind integrationKind = IntegrationKind.ofPath(kind);
        Map<String, MessageSourceResolvable> errors = integrations.check(integrationKind, form, true);
        if (!errors.isEmpty()) {
            return showForm(integrationKind, null, form, errors, null, model);
        }
        try {
            long id = integrations.add(integrationKind, form);
            redirect.addFlashAttribute("flashSuccess", text("integrations.added." + integrationKind, locale, form.getName(), id));
            return "redirect:/integrations";
        } catch (MailinException e) {
            return refused(integrationKind, null, form, e, model, locale);
        }
    }

    @GetMapping("/integrations/" + KINDS + "/{id:\\d+}/edit")
    String editForm(@PathVariable String kind, @PathVariable long id, Model model, Locale locale) {
        IntegrationKind integrationKind = IntegrationKind.ofPath(kind);
        IntegrationForm form = current(integrationKind, id);
        return showForm(integrationKind, id, form, Map.of(), null, model);
    }

    @PostMapping("/integrations/" + KINDS + "/{id:\\d+}")
    String update(@PathVariable String kind, @PathVariable long id, @ModelAttribute IntegrationForm form, Model model,
                  RedirectAttributes redirect, Locale locale) {
        IntegrationKind integrationKind = IntegrationKind.ofPath(kind);
        Map<String, MessageSourceResolvable> errors = integrations.check(integrationKind, form, false);
        if (!errors.isEmpty()) {
            return showForm(integrationKind, id, form, errors, null, model);
        }
        try {
            integrations.update(integrationKind, id, form);
            redirect.addFlashAttribute("flashSuccess", text("integrations.updated", locale, form.getName()));
            return "redirect:/integrations";
        } catch (MailinException e) {
            return refused(integrationKind, id, form, e, model, locale);
        }
    }

    @PostMapping("/integrations/" + KINDS + "/{id:\\d+}/delete")
    String delete(@PathVariable String kind, @PathVariable long id, @RequestParam(defaultValue = "") String confirmName,
                  RedirectAttributes redirect, Locale locale) {
        IntegrationKind integrationKind = IntegrationKind.ofPath(kind);
        IntegrationForm form = current(integrationKind, id);
        if (!confirmName.strip().equals(form.getName().strip())) {
            redirect.addFlashAttribute("flashError", text("integrations.delete.mismatch", locale, form.getName()));
            return "redirect:/integrations/" + kind + "/" + id + "/edit";
        }
        try {
            integrations.delete(integrationKind, id);
            redirect.addFlashAttribute("flashSuccess", text("integrations.deleted", locale, form.getName()));
            return "redirect:/integrations";
        } catch (MailinException e) {
            redirect.addFlashAttribute("flashError", messages.getMessage(MailinProblem.of(e).titleWithUpstream(), locale));
            return "redirect:/integrations/" + kind + "/" + id + "/edit";
        }
    }

    /** The provider's or registrar's fields as Mailin lists them (never a secret). */
    private IntegrationForm current(IntegrationKind kind, long id) {
        IntegrationForm form = new IntegrationForm();
        if (kind == IntegrationKind.PROVIDER) {
            InboxProvider provider = directory.provider(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            form.setName(provider.name());
            form.setType(provider.provider());
            form.setOauthUrl(provider.oauthUrl());
            form.setUsername(provider.username());
            form.setWorkspaceId(provider.workspaceId());
        } else {
            Registrar registrar = directory.registrar(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            form.setName(registrar.name());
            form.setType(registrar.provider());
            form.setApiUser(registrar.apiUser());
            form.setUsername(registrar.username());
            form.setWhitelistedIp(registrar.whitelistedIp());
            form.setCustomerId(registrar.customerId());
        }
        return form;
    }

    /** Mailin refused: its field errors next to the fields (by Mailin's field names), the rest above the form. */
    private String refused(IntegrationKind kind, Long id, IntegrationForm form, MailinException e, Model model,
                           Locale locale) {
        Map<String, MessageSourceResolvable> errors = new LinkedHashMap<>();
        String problem;
        if (e instanceof MailinValidationException validation) {
            errors.putAll(IntegrationService.fieldErrors(validation));
            problem = text("integrations.refused", locale, e.upstreamMessage() == null ? "" : e.upstreamMessage());
        } else {
            problem = messages.getMessage(MailinProblem.of(e).summary(), locale);
        }
        return showForm(kind, id, form, errors, problem, model);
    }

    private String showForm(IntegrationKind kind, Long id, IntegrationForm form,
                            Map<String, MessageSourceResolvable> errors, String problem, Model model) {
        form.forgetSecrets();
        model.addAttribute("kind", kind);
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("types", IntegrationType.of(kind));
        List<String> fields = kind == IntegrationKind.PROVIDER
                ? List.of("apiKey", "workspaceId", "oauthUrl", "username", "password")
                : List.of("apiKey", "secretApiKey", "apiUser", "username", "whitelistedIp", "customerId");
        Map<String, String> takers = new LinkedHashMap<>();
        fields.forEach(field -> takers.put(field, String.join(" ", IntegrationType.of(kind).stream()
                .filter(type -> type.takes(field)).map(IntegrationType::wire).toList())));
        model.addAttribute("fields", fields);
        model.addAttribute("takersByField", takers);
        model.addAttribute("secrets", IntegrationType.SECRETS);
        model.addAttribute("type", IntegrationType.of(kind, form.getType()).orElse(null));
        if (id != null) {
            try {
                model.addAttribute("usedBy", integrations.usage().of(kind.name(), id));
            } catch (MailinException e) {
                model.addAttribute("usedBy", null);
            }
        }
        return "integrations/form";
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
