package com.mailindashboard.team;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** A teammate with a temporary password can do nothing but change it (or log out). */
class MustChangePasswordFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getServletPath();
        boolean allowed = path.equals(PasswordController.PATH) || path.equals("/logout")
                || path.startsWith("/assets/") || path.startsWith("/webjars/") || path.startsWith("/error");
        if (!allowed && auth != null && auth.getPrincipal() instanceof TeamUserDetails user
                && user.mustChangePassword()) {
            response.sendRedirect(request.getContextPath() + PasswordController.PATH);
            return;
        }
        chain.doFilter(request, response);
    }
}
