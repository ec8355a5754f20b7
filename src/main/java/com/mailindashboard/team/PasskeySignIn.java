package com.mailindashboard.team;

import com.mailindashboard.audit.AuditEntry;
import com.mailindashboard.audit.AuditLog;
import com.mailindashboard.audit.AuditOutcome;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A passkey as the <em>second</em> step of a sign-in (issue 13): Spring Security's WebAuthn
 * authentication ({@code /webauthn/authenticate/options}, {@code /login/webauthn}) answers only a
 * session already signed in with the password, where passkeys are offered; a passkey of that same
 * teammate then adds {@link FactorGrantedAuthority#WEBAUTHN_AUTHORITY} to the session's factors, and a
 * refused one counts toward the login throttle like a wrong code.
 */
@Component
class PasskeySignIn {

    static final String OPTIONS_PATH = "/webauthn/authenticate/options";
    static final String LOGIN_PATH = "/login/webauthn";
    private static final String PASSWORD_SIGN_IN = PasskeySignIn.class.getName() + ".passwordSignIn";
    private static final RequestMatcher CEREMONY = new OrRequestMatcher(
            PathPatternRequestMatcher.pathPattern(HttpMethod.POST, OPTIONS_PATH),
            PathPatternRequestMatcher.pathPattern(HttpMethod.POST, LOGIN_PATH));

    private final PasskeySettings settings;
    private final ProvenFactors provenFactors;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final HttpSessionRequestCache requestCache = new HttpSessionRequestCache();

    PasskeySignIn(PasskeySettings settings, ProvenFactors provenFactors, LoginThrottle throttle, AuditLog audit) {
        this.settings = settings;
        this.provenFactors = provenFactors;
        this.throttle = throttle;
        this.audit = audit;
        this.requestCache.setMatchingRequestParameterName(null);
    }

    /** Placed before Spring Security's WebAuthn filters: no passkey ceremony without the password first. */
    OncePerRequestFilter passwordFirst() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (!CEREMONY.matches(request)) {
                    chain.doFilter(request, response);
                    return;
                }
                Authentication current = SecurityContextHolder.getContext().getAuthentication();
                boolean password = current != null && current.getPrincipal() instanceof TeamUserDetails
                        && current.getAuthorities().stream()
                        .anyMatch(a -> FactorGrantedAuthority.PASSWORD_AUTHORITY.equals(a.getAuthority()));
                if (!password) {
                    response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                    return;
                }
                if (settings.availability(request) != PasskeySettings.Availability.OFFERED) {
                    response.sendError(HttpServletResponse.SC_FORBIDDEN);
                    return;
                }
                request.setAttribute(PASSWORD_SIGN_IN, current);
                chain.doFilter(request, response);
            }
        };
    }

    AuthenticationSuccessHandler success() {
        return (request, response, passkey) -> {
            Authentication signedIn = (Authentication) request.getAttribute(PASSWORD_SIGN_IN);
            if (signedIn == null || !signedIn.getName().equals(passkey.getName())) {
                // another teammate's passkey (their options list only their own): the session ends
                audit.record(AuditEntry.of("second-factor.failure", AuditOutcome.FAILURE)
                        .summary("another teammate's passkey").target("teammate", null, passkey.getName()));
                new SecurityContextLogoutHandler().logout(request, response, passkey);
                json(response, HttpServletResponse.SC_UNAUTHORIZED, "{\"authenticated\":false}");
                return;
            }
            throttle.recordSuccess(signedIn.getName());
            PendingStepUp pending = PendingStepUp.in(request.getSession(false));
            String redirect;
            if (pending != null && hasSecondFactor(signedIn)) {
                // a fresh proof before a secret: the waiting request goes on (StepUpController)
                audit.record(AuditEntry.of("step-up", AuditOutcome.SUCCESS)
                        .summary("passkey before " + pending.method() + " " + pending.url())
                        .target("teammate", null, signedIn.getName()));
                redirect = request.getContextPath() + StepUpController.PATH + "/continue";
            } else {
                audit.record(AuditEntry.of("login.success", AuditOutcome.SUCCESS).summary("password and passkey")
                        .target("teammate", null, signedIn.getName()));
                SavedRequest saved = requestCache.getRequest(request, response);
                requestCache.removeRequest(request, response);
                redirect = saved == null ? request.getContextPath() + "/" : saved.getRedirectUrl();
            }
            provenFactors.grant(signedIn, FactorGrantedAuthority.WEBAUTHN_AUTHORITY, request, response);
            json(response, HttpServletResponse.SC_OK, "{\"authenticated\":true,\"redirectUrl\":\""
                    + redirect.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
        };
    }

    AuthenticationFailureHandler failure() {
        return (request, response, exception) -> {
            Authentication signedIn = (Authentication) request.getAttribute(PASSWORD_SIGN_IN);
            boolean locked = false;
            if (signedIn != null) {
                SecurityContextHolder.getContext().setAuthentication(signedIn);
                audit.record(AuditEntry.of("second-factor.failure", AuditOutcome.FAILURE).summary("passkey refused")
                        .actor(signedIn.getName()).target("teammate", null, signedIn.getName()));
                locked = provenFactors.failed(signedIn, request, response);
            }
            json(response, HttpServletResponse.SC_UNAUTHORIZED,
                    "{\"authenticated\":false,\"locked\":" + locked + "}");
        };
    }

    private static boolean hasSecondFactor(Authentication authentication) {
        return authentication.getAuthorities().stream().anyMatch(a -> SecondFactorAuthorization.TOTP_FACTOR
                .equals(a.getAuthority()) || SecondFactorAuthorization.WEBAUTHN_FACTOR.equals(a.getAuthority()));
    }

    private static void json(HttpServletResponse response, int status, String body) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body);
    }
}
