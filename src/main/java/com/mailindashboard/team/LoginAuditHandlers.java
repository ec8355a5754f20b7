package com.mailindashboard.team;

import com.mailindashboard.audit.AuditEntry;
import com.mailindashboard.audit.AuditLog;
import com.mailindashboard.audit.AuditOutcome;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;

/** What happens after a login attempt or a logout: throttling bookkeeping, audit, where to go. */
@Component
class LoginAuditHandlers {

    private final AuditLog audit;
    private final LoginThrottle throttle;
    private final TeamService team;
    private final ProvenFactors provenFactors;
    private final SecondFactorPolicyService policy;

    LoginAuditHandlers(AuditLog audit, LoginThrottle throttle, TeamService team, ProvenFactors provenFactors,
                       SecondFactorPolicyService policy) {
        this.policy = policy;
        this.provenFactors = provenFactors;
        this.audit = audit;
        this.throttle = throttle;
        this.team = team;
    }

    SavedRequestAwareAuthenticationSuccessHandler success() {
        SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                                Authentication authentication) throws IOException, ServletException {
                // the password factor's issue time on the application's clock, as every later proof (step-up freshness)
                provenFactors.grant(authentication, SecondFactorAuthorization.PASSWORD_FACTOR, request, response);
                if (authentication.getPrincipal() instanceof TeamUserDetails user && user.hasSecondFactor()) {
                    // the failures are forgotten only once the code is right too (issue 13)
                    audit.record(AuditEntry.of("login.password-accepted", AuditOutcome.SUCCESS)
                            .summary("code required").target("teammate", null, authentication.getName()));
                    getRedirectStrategy().sendRedirect(request, response, SecondFactorConfiguration.CODE_PATH);
                    return;
                }
                throttle.recordSuccess(authentication.getName());
                boolean mustEnrol = policy.mustEnrol(authentication);
                audit.record(AuditEntry.of("login.success", AuditOutcome.SUCCESS)
                        .summary(mustEnrol ? "second factor to enrol" : null)
                        .target("teammate", null, authentication.getName()));
                if (mustEnrol) {
                    // the policy asks this role for a second factor: enrolment before any other page
                    getRedirectStrategy().sendRedirect(request, response, SecondFactorController.SECURITY_PATH);
                    return;
                }
                if (authentication.getPrincipal() instanceof TeamUserDetails user && user.mustChangePassword()) {
                    getRedirectStrategy().sendRedirect(request, response, PasswordController.PATH);
                    return;
                }
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
        handler.setDefaultTargetUrl("/");
        return handler;
    }

    AuthenticationFailureHandler failure() {
        return (request, response, exception) -> {
            String username = request.getParameter("username");
            throttle.recordFailure(username, request.getRemoteAddr());
            audit.record(AuditEntry.of("login.failure", AuditOutcome.FAILURE)
                    .summary(reason(exception)).actor(username == null || username.isBlank() ? "(blank)" : username));
            // "disabled" only to someone who knows the password: otherwise it would reveal that the account exists
            boolean tellDisabled = exception instanceof DisabledException
                    && team.passwordMatches(username, request.getParameter("password"));
            response.sendRedirect(request.getContextPath() + "/login?error" + (tellDisabled ? "=disabled" : ""));
        };
    }

    LogoutSuccessHandler logout() {
        return (request, response, authentication) -> {
            if (authentication != null) {
                audit.record(AuditEntry.of("logout", AuditOutcome.SUCCESS).actor(authentication.getName()));
            }
            response.sendRedirect(request.getContextPath() + "/login?logout");
        };
    }

    private static String reason(AuthenticationException exception) {
        return exception instanceof DisabledException ? "account disabled" : "bad credentials";
    }
}
