package com.mailindashboard.team;

import com.mailindashboard.audit.AuditEntry;
import com.mailindashboard.audit.AuditLog;
import com.mailindashboard.audit.AuditOutcome;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses a login POST while the account or the address is locked, before any password check. */
class LoginThrottleFilter extends OncePerRequestFilter {

    /** The same match as the form login's processing URL (not the servlet path, which depends on the mapping). */
    private static final RequestMatcher LOGIN_POST = PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/login");

    private final LoginThrottle throttle;
    private final AuditLog audit;

    LoginThrottleFilter(LoginThrottle throttle, AuditLog audit) {
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !LOGIN_POST.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        Optional<Instant> lockedUntil = throttle.lockedUntil(username, request.getRemoteAddr());
        if (lockedUntil.isPresent()) {
            audit.record(AuditEntry.of("login.refused", AuditOutcome.DENIED)
                    .summary("throttled until " + lockedUntil.get())
                    .actor(LoginThrottle.key(username)));
            response.sendRedirect(request.getContextPath() + "/login?locked");
            return;
        }
        if (username != null && username.length() > TeamUser.MAX_EMAIL_LENGTH) {
            // no account has such a name: a failed login like any other, counted and audited, never looked up
            throttle.recordFailure(username, request.getRemoteAddr());
            audit.record(AuditEntry.of("login.failure", AuditOutcome.FAILURE).summary("username too long")
                    .actor(LoginThrottle.key(username)));
            response.sendRedirect(request.getContextPath() + "/login?error");
            return;
        }
        chain.doFilter(request, response);
    }
}
