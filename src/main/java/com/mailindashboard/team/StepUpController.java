package com.mailindashboard.team;

import com.mailindashboard.audit.AuditEntry;
import com.mailindashboard.audit.AuditLog;
import com.mailindashboard.audit.AuditOutcome;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A fresh proof before secrets and settings (issue 13): the code (or, for a teammate without a
 * second factor, the password) asked again when the last proof is older than
 * {@code dashboard.step-up.fresh-for}; then the request that was waiting goes on. A GET goes back
 * to its URL; a POST is sent again by the browser with its token, and {@link StepUpReplayFilter}
 * gives it back the fields that were typed.
 */
@Controller
class StepUpController {

    static final String PATH = "/account/confirm";

    private final SecondFactorService factors;
    private final TeamService team;
    private final ProvenFactors provenFactors;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final Passkeys passkeys;
    private final PasskeySettings passkeySettings;

    StepUpController(SecondFactorService factors, TeamService team, ProvenFactors provenFactors,
                     LoginThrottle throttle, AuditLog audit, Passkeys passkeys, PasskeySettings passkeySettings) {
        this.passkeys = passkeys;
        this.passkeySettings = passkeySettings;
        this.factors = factors;
        this.team = team;
        this.provenFactors = provenFactors;
        this.throttle = throttle;
        this.audit = audit;
    }

    @GetMapping(PATH)
    String form(Authentication authentication, HttpSession session, Model model, HttpServletRequest request) {
        if (PendingStepUp.in(session) == null) {
            return "redirect:/";
        }
        proofPage(authentication, model, request);
        return "team/step-up";
    }

    /** After a passkey proved it is them (PasskeySignIn): the waiting request goes on, as after a code. */
    @GetMapping(PATH + "/continue")
    String afterPasskey(HttpSession session, Model model) {
        PendingStepUp pending = PendingStepUp.in(session);
        if (pending == null) {
            return "redirect:/";
        }
        if (!pending.isPost()) {
            session.removeAttribute(PendingStepUp.SESSION_ATTRIBUTE);
            return "redirect:" + pending.url();
        }
        model.addAttribute("pending", pending);
        return "team/step-up-continue";
    }

    /** The code field for an authenticator app, the passkey button for a passkey, or the password. */
    private void proofPage(Authentication authentication, Model model, HttpServletRequest request) {
        boolean withCode = withCode(authentication);
        String email = authentication.getName();
        model.addAttribute("withCode", withCode);
        model.addAttribute("withTotp", withCode && factors.enrolled(email));
        model.addAttribute("withPasskey", withCode && passkeys.any(email));
        model.addAttribute("passkeyAvailability", passkeySettings.availability(request).name());
    }

    @PostMapping(PATH)
    String confirm(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String password,
                   Authentication authentication, HttpSession session, Model model, HttpServletRequest request,
                   HttpServletResponse response) {
        PendingStepUp pending = PendingStepUp.in(session);
        if (pending == null) {
            return "redirect:/";
        }
        if (provenFactors.signedOutIfLocked(authentication, request, response)) {
            return "redirect:/login?locked";
        }
        boolean withCode = withCode(authentication);
        String email = authentication.getName();
        Optional<String> proof = withCode
                ? factors.verify(email, code).map(how -> how == SecondFactorService.Proof.TOTP
                        ? "authenticator-app code" : "recovery code")
                : Optional.of("password").filter(how -> team.passwordMatches(email, password));
        String what = pending.method() + " " + pending.url();
        if (proof.isEmpty()) {
            audit.record(AuditEntry.of("step-up", AuditOutcome.FAILURE)
                    .summary((withCode ? "wrong code" : "wrong password") + " before " + what)
                    .target("teammate", null, email));
            if (provenFactors.failed(authentication, request, response)) {
                return "redirect:/login?locked";
            }
            proofPage(authentication, model, request);
            model.addAttribute("proofError", true);
            return "team/step-up";
        }
        throttle.recordSuccess(email);
        audit.record(AuditEntry.of("step-up", AuditOutcome.SUCCESS).summary(proof.get() + " before " + what)
                .target("teammate", null, email));
        provenFactors.grant(authentication, withCode ? SecondFactorAuthorization.TOTP_FACTOR
                : SecondFactorAuthorization.PASSWORD_FACTOR, request, response);
        if (!pending.isPost()) {
            session.removeAttribute(PendingStepUp.SESSION_ATTRIBUTE);
            return "redirect:" + pending.url();
        }
        model.addAttribute("pending", pending);
        return "team/step-up-continue";
    }

    private static boolean withCode(Authentication authentication) {
        return authentication.getPrincipal() instanceof TeamUserDetails user && user.hasSecondFactor();
    }
}
