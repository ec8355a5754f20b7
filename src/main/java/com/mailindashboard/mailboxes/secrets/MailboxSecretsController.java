package com.mailindashboard.mailboxes.secrets;

import com.mailindashboard.mailboxes.MailboxWriteAccess;
import com.mailindashboard.secrets.Masking;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Reveals a mailbox's secrets (POST, admins and operators only, audited) and generates Google
 * sign-in codes. With htmx the answer replaces the masked panel in place; without it, a small page
 * shows the values with a way back.
 */
@Controller
@RequestMapping("/mailboxes/{id:\\d+}")
@MailboxWriteAccess
class MailboxSecretsController {

    private static final String PAGE = "mailboxes/secrets";

    private final MailboxSecrets secrets;

    MailboxSecretsController(MailboxSecrets secrets) {
        this.secrets = secrets;
    }

    @PostMapping("/password/reveal")
    String revealPassword(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx,
                          Model model, Locale locale) {
        return reveal(id, "password", secrets.password(id), htmx, model);
    }

    @PostMapping("/credentials/reveal")
    String revealCredentials(@PathVariable long id,
                             @RequestHeader(name = "HX-Request", required = false) String htmx,
                             Model model, Locale locale) {
        return reveal(id, "credentials", secrets.credentials(id), htmx, model);
    }

    @PostMapping("/totp")
    String totp(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx,
                Model model, Locale locale) {
        model.addAttribute("mailboxId", id);
        model.addAttribute("totp", secrets.totp(id));
        return view("totp", htmx, model);
    }

    private static String reveal(long id, String fragment, MailboxReveal reveal, String htmx, Model model) {
        model.addAttribute("mailboxId", id);
        model.addAttribute("revealed", reveal.secrets());
        model.addAttribute("revealProblem", reveal.problem());
        model.addAttribute("mask", Masking.MASK);
        return view(fragment, htmx, model);
    }

    /** The fragment alone for htmx, else the page around it. */
    private static String view(String fragment, String htmx, Model model) {
        model.addAttribute("secretKind", fragment);
        return "true".equals(htmx) ? PAGE + " :: " + fragment : PAGE;
    }
}
