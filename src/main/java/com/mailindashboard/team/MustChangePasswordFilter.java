package com.mailindashboard.team;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/** A teammate with a temporary password can do nothing but change it (or log out). */
class MustChangePasswordFilter extends OncePerRequestFilter {

    /** Matched like the security rules, on the path within the application (not the servlet path). */
    private static final RequestMatcher ALWAYS_ALLOWED = new OrRequestMatcher(
            PathPatternRequestMatcher.pathPattern(PasswordController.PATH),
            PathPatternRequestMatcher.pathPattern("/logout"),
            PathPatternRequestMatcher.pathPattern("/assets/**"),
            PathPatternRequestMatcher.pathPattern("/webjars/**"),
            PathPatternRequestMatcher.pathPattern("/error/**"));

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (!ALWAYS_ALLOWED.matches(request) && auth != null && auth.getPrincipal() instanceof TeamUserDetails user
                && user.mustChangePassword()) {
            response.sendRedirect(request.getContextPath() + PasswordController.PATH);
            return;
        }
        chain.doFilter(request, response);
    }
}
