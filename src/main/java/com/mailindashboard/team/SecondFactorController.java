package com.mailindashboard.team;

import com.mailindashboard.audit.AuditEntry;
import com.mailindashboard.audit.AuditLog;
import com.mailindashboard.audit.AuditOutcome;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
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
    private final TeamUserDetailsService users;
    private final Clock clock;
    private final AuditLog audit;
    private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();
    private final HttpSessionRequestCache requestCache = new HttpSessionRequestCache();

    SecondFactorController(SecondFactorService factors, LoginThrottle throttle, TeamUserDetailsService users,
                           Clock clock, AuditLog audit) {
        this.audit = audit;
        this.factors = factors;
        this.throttle = throttle;
        this.users = users;
        this.clock = clock;
        // the page asked for before the code: read here, not matched through a "continue" parameter
        this.requestCache.setMatchingRequestParameterName(null);
    }

    @GetMapping(SecondFactorConfiguration.CODE_PATH)
    String codeForm(Authentication authentication) {
        return needsCode(authentication) ? "team/code" : "redirect:/";
    }

    @PostMapping(SecondFactorConfiguration.CODE_PATH)
    String checkCode(@RequestParam(defaultValue = "") String code, Authentication authentication, Model model,
                     HttpServletRequest request, HttpServletResponse response) {
        if (!needsCode(authentication)) {
            return "redirect:/";
        }
        String email = authentication.getName();
        String ip = request.getRemoteAddr();
        if (throttle.lockedUntil(email, ip).isPresent()) {
            new SecurityContextLogoutHandler().logout(request, response, authentication);
            return "redirect:/login?locked";
        }
        Optional<SecondFactorService.Proof> proof = factors.verify(email, code);
        if (proof.isEmpty()) {
            throttle.recordFailure(email, ip);
            if (throttle.lockedUntil(email, ip).isPresent()) {
                new SecurityContextLogoutHandler().logout(request, response, authentication);
                return "redirect:/login?locked";
            }
            model.addAttribute("codeError", true);
            return "team/code";
        }
        throttle.recordSuccess(email);
        audit.record(AuditEntry.of("login.success", AuditOutcome.SUCCESS)
                .summary(proof.get() == SecondFactorService.Proof.TOTP ? "password and authenticator-app code"
                        : "password and recovery code")
                .target("teammate", null, email));
        grantCodeFactor(authentication, request, response);
        SavedRequest saved = requestCache.getRequest(request, response);
        requestCache.removeRequest(request, response);
        return "redirect:" + (saved == null ? "/" : saved.getRedirectUrl());
    }

    @GetMapping(SECURITY_PATH)
    String security(Authentication authentication, Model model, HttpSession session) {
        String email = authentication.getName();
        boolean enrolled = factors.enrolled(email);
        model.addAttribute("enrolled", enrolled);
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
        grantCodeFactor(authentication, request, response);
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

    private static boolean needsCode(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof TeamUserDetails user
                && user.hasSecondFactor() && authentication.getAuthorities().stream()
                .noneMatch(a -> SecondFactorAuthorization.TOTP_FACTOR.equals(a.getAuthority()));
    }

    /** The session's authentication, reloaded, with the code factor added to the factors it already had. */
    private void grantCodeFactor(Authentication authentication, HttpServletRequest request,
                                 HttpServletResponse response) {
        TeamUserDetails reloaded = (TeamUserDetails) users.loadUserByUsername(authentication.getName());
        reloaded.eraseCredentials();
        List<GrantedAuthority> authorities = new ArrayList<>(reloaded.getAuthorities());
        authentication.getAuthorities().stream().filter(FactorGrantedAuthority.class::isInstance)
                .filter(a -> !SecondFactorAuthorization.TOTP_FACTOR.equals(a.getAuthority()))
                .forEach(authorities::add);
        authorities.add(FactorGrantedAuthority.withAuthority(SecondFactorAuthorization.TOTP_FACTOR)
                .issuedAt(clock.instant()).build());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(reloaded, null, authorities));
        SecurityContextHolder.setContext(context);
        contextRepository.saveContext(context, request, response);
    }
}
