package com.mailindashboard.settings;

import com.mailindashboard.audit.AuditEntry;
import com.mailindashboard.audit.AuditLog;
import com.mailindashboard.audit.AuditOutcome;
import com.mailindashboard.gateway.AccountClient;
import com.mailindashboard.gateway.MailinException;
import com.mailindashboard.gateway.MailinUser;
import com.mailindashboard.web.MailinProblem;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /settings} (admin): the Mailin connection, its test, and the sandbox switch. */
@Controller
@RequestMapping("/settings")
class SettingsController {

    private final MailinConnectionService connections;
    private final AccountClient account;
    private final AuditLog audit;
    private final MessageSource messages;

    SettingsController(MailinConnectionService connections, AccountClient account, AuditLog audit,
                       MessageSource messages) {
        this.connections = connections;
        this.account = account;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping
    String show(Model model) {
        ConnectionView view = connections.view();
        if (!model.containsAttribute("connectionForm")) {
            model.addAttribute("connectionForm", connections.savedForm());
        }
        model.addAttribute("connection", view);
        model.addAttribute("passwordStored", connections.hasStoredPassword());
        return "settings/settings";
    }

    @PostMapping
    String save(@Valid @ModelAttribute ConnectionForm connectionForm, BindingResult result, Model model,
                Authentication auth, RedirectAttributes redirect, Locale locale) {
        if (connections.mode().managedByEnvironment()) {
            redirect.addFlashAttribute("flashError", messages.getMessage("settings.managed", null, locale));
            return "redirect:/settings";
        }
        if (!result.hasFieldErrors("baseUrl") && !MailinAddressRules.secureEnough(connectionForm.getBaseUrl())) {
            result.rejectValue("baseUrl", "settings.baseUrl.https");
        }
        if (!connectionForm.isSandbox()) {
            if (connectionForm.getEmail() == null || connectionForm.getEmail().isBlank()) {
                result.rejectValue("email", "settings.email.required");
            }
            if (!connectionForm.passwordEntered() && !connections.hasStoredPassword()) {
                result.rejectValue("password", "settings.password.required");
            } else if (!connectionForm.passwordEntered() && !connections.storedPasswordFits(connectionForm)) {
                // the stored password only goes where it was entered for: a new address or account needs it typed
                result.rejectValue("password", "settings.password.again");
            }
        }
        if (result.hasErrors()) {
            connectionForm.setPassword(null);
            model.addAttribute("connection", connections.view());
            model.addAttribute("passwordStored", connections.hasStoredPassword());
            return "settings/settings";
        }
        connections.save(connectionForm, auth.getName());
        account.connectionChanged();
        audit.record(AuditEntry.of("settings.connection", AuditOutcome.SUCCESS)
                .target("settings", "mailin-connection", connectionForm.isSandbox() ? "sandbox" : connectionForm.getBaseUrl())
                .summary("baseUrl=" + connectionForm.getBaseUrl() + ", email=" + connectionForm.getEmail()
                        + ", deviceName=" + connectionForm.getDeviceName() + ", sandbox=" + connectionForm.isSandbox()
                        + ", password=" + (connectionForm.passwordEntered() ? "[redacted, changed]" : "unchanged")));
        redirect.addFlashAttribute("flashSuccess", messages.getMessage("settings.saved", null, locale));
        return "redirect:/settings";
    }

    @PostMapping("/test")
    String test(RedirectAttributes redirect, Locale locale) {
        try {
            MailinUser user = account.testConnection();
            audit.record(AuditEntry.of("settings.test-connection", AuditOutcome.SUCCESS)
                    .target("settings", "mailin-connection", user.email()).upstream(200, null, null));
            redirect.addFlashAttribute("testedUser", user);
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("settings.test.ok",
                    new Object[] {user.email(), user.orgName()}, locale));
        } catch (MailinException e) {
            audit.record(AuditEntry.of("settings.test-connection", AuditOutcome.FAILURE)
                    .target("settings", "mailin-connection", null)
                    .upstream(e.status(), e.upstreamMessage() != null ? e.upstreamMessage() : e.outcome(), null));
            redirect.addFlashAttribute("testProblem", MailinProblem.of(e));
        }
        return "redirect:/settings";
    }
}
