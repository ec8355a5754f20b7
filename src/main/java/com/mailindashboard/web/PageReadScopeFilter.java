package com.mailindashboard.web;

import com.mailindashboard.gateway.PageReads;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every dashboard page runs inside a {@link PageReads} scope: its reads from Mailin get the page
 * deadline. The sandbox (which is the upstream, not a page) and the actuator are left out.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class PageReadScopeFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/sandbox/") || path.startsWith("/actuator");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try (PageReads.Scope scope = PageReads.open()) {
            chain.doFilter(request, response);
        }
    }
}
