package com.mailindashboard.team;

import com.mailindashboard.audit.AuditEntry;
import com.mailindashboard.audit.AuditLog;
import com.mailindashboard.audit.AuditOutcome;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second factor's pages: the code after the password ({@code /login/code}) and the teammate's
 * own enrolment and recovery codes ({@code /account/security}).
 */
@Controller
class SecondFactorController {

    static final String SECURITY_PATH = "/account/security";
    private static final String PENDING_SECRET = SecondFactorController.class.getName() + ".pendingSecret";
    private static final String ISSUER = "Mailin Dashboard";

    private final SecondFactorService factors;
    private final LoginThrottle throttle;
    private final ProvenFactors provenFactors;
    private final AuditLog audit;
    private final SecondFactorPolicyService policy;
    private final HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
    private final Passkeys passkeys;
    private final PasskeySettings passkeySettings;

    SecondFactorController(SecondFactorService factors, LoginThrottle throttle, ProvenFactors provenFactors,
                           AuditLog audit, SecondFactorPolicyService policy, Passkeys passkeys,
                           PasskeySettings passkeySettings) {
        this.passkeys = passkeys;
        this.passkeySettings = passkeySettings;
        this.audit = audit;
        this.policy = policy;
        this.factors = factors;
        this.throttle = throttle;
        this.provenFactors = provenFactors;
        // the page asked for before the code: read here, not matched through a "continue" parameter
        this.requestCache.setMatchingRequestParameterName(null);
    }

    @GetMapping(SecondFactorConfiguration.CODE_PATH)
    String codeForm(Authentication authentication, Model model, HttpServletRequest request) {
        if (policy.mustEnrol(authentication)) {
            return "redirect:" + SECURITY_PATH;
        }
        if (!needsCode(authentication)) {
            return "redirect:/";
        }
        codePage(authentication, model, request);
        return "team/code";
    }

    /** The code page: the code field when the teammate has an authenticator app, the passkey button when a passkey. */
    private void codePage(Authentication authentication, Model model, HttpServletRequest request) {
        String email = authentication.getName();
        model.addAttribute("withTotp", factors.enrolled(email));
        model.addAttribute("withPasskey", passkeys.any(email));
        model.addAttribute("passkeyAvailability", passkeySettings.availability(request).name());
    }

    @PostMapping(SecondFactorConfiguration.CODE_PATH)
    String checkCode(@RequestParam(defaultValue = "") String code, Authentication authentication, Model model,
                     HttpServletRequest request, HttpServletResponse response) {
        if (!needsCode(authentication)) {
            return "redirect:/";
        }
        String email = authentication.getName();
        if (provenFactors.signedOutIfLocked(authentication, request, response)) {
            return "redirect:/login?locked";
        }
        Optional<SecondFactorService.Proof> proof = factors.verify(email, code);
        if (proof.isEmpty()) {
            if (provenFactors.failed(authentication, request, response)) {
                return "redirect:/login?locked";
            }
            model.addAttribute("codeError", true);
            codePage(authentication, model, request);
            return "team/code";
        }
        throttle.recordSuccess(email);
        audit.record(AuditEntry.of("login.success", AuditOutcome.SUCCESS)
                .summary(proof.get() == SecondFactorService.Proof.TOTP ? "password and authenticator-app code"
                        : "password and recovery code")
                .target("teammate", null, email));
        provenFactors.grant(authentication, SecondFactorAuthorization.TOTP_FACTOR, request, response);
        SavedRequest saved = requestCache.getRequest(request, response);
        requestCache.removeRequest(request, response);
        return "redirect:" + (saved == null ? "/" : saved.getRedirectUrl());
    }

    @GetMapping(SECURITY_PATH)
    String security(Authentication authentication, Model model, HttpSession session, HttpServletRequest request,
                    HttpServletResponse response) {
        String email = authentication.getName();
        if (policy.mustEnrol(authentication) && passkeys.any(email)) {
            // a passkey just registered is the second factor the policy asks for: used once, on the code page
            provenFactors.refresh(authentication, request, response);
            return "redirect:" + SecondFactorConfiguration.CODE_PATH;
        }
        model.addAttribute("passkeys", passkeys.list(email));
        model.addAttribute("passkeyAvailability", passkeySettings.availability(request).name());
        model.addAttribute("passkeyRpId", passkeySettings.rpId());
        boolean enrolled = factors.enrolled(email);
        model.addAttribute("enrolled", enrolled);
        model.addAttribute("enrolmentRequired", policy.mustEnrol(authentication));
        if (enrolled) {
            model.addAttribute("recoveryCodesLeft", factors.recoveryCodesLeft(email));
        } else {
            String secret = (String) session.getAttribute(PENDING_SECRET);
            if (secret == null) {
                secret = Totp.newSecret();
                session.setAttribute(PENDING_SECRET, secret);
            }
            model.addAttribute("secret", secret.replaceAll("(.{4})(?!$)", "$1 "));
            model.addAttribute("qrCode", QrCodes.svgDataUri(Totp.uri(ISSUER, email, secret)));
        }
        return "team/security";
    }

    @PostMapping(SECURITY_PATH + "/confirm")
    String confirm(@RequestParam(defaultValue = "") String code, Authentication authentication, HttpSession session,
                   HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        String secret = (String) session.getAttribute(PENDING_SECRET);
        if (secret == null || factors.enrolled(authentication.getName())) {
            return "redirect:" + SECURITY_PATH;
        }
        Optional<List<String>> codes = factors.confirmEnrolment(authentication.getName(), secret, code, session.getId());
        if (codes.isEmpty()) {
            redirect.addFlashAttribute("codeError", true);
            return "redirect:" + SECURITY_PATH;
        }
        session.removeAttribute(PENDING_SECRET);
        // the code just typed proves the new factor: this session stays signed in with both
        provenFactors.grant(authentication, SecondFactorAuthorization.TOTP_FACTOR, request, response);
        redirect.addFlashAttribute("recoveryCodes", codes.get());
        redirect.addFlashAttribute("enrolledNow", true);
        return "redirect:" + SECURITY_PATH;
    }

    @PostMapping(SECURITY_PATH + "/recovery-codes")
    String regenerate(Authentication authentication, RedirectAttributes redirect) {
        if (factors.enrolled(authentication.getName())) {
            redirect.addFlashAttribute("recoveryCodes", factors.regenerateRecoveryCodes(authentication.getName()));
        }
        return "redirect:" + SECURITY_PATH;
    }

    @PostMapping(SECURITY_PATH + "/passkeys/remove")
    String removePasskey(@RequestParam(defaultValue = "") String id, Authentication authentication,
                         RedirectAttributes redirect) {
        if (passkeys.remove(authentication.getName(), id)) {
            redirect.addFlashAttribute("passkeyRemoved", true);
        }
        return "redirect:" + SECURITY_PATH;
    }

    private static boolean needsCode(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof TeamUserDetails user
                && user.hasSecondFactor() && authentication.getAuthorities().stream()
                .noneMatch(a -> SecondFactorAuthorization.TOTP_FACTOR.equals(a.getAuthority())
                        || SecondFactorAuthorization.WEBAUTHN_FACTOR.equals(a.getAuthority()));
    }
}
