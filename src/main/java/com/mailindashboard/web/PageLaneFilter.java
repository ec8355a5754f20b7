package com.mailindashboard.web;

import com.mailindashboard.gateway.UpstreamLane;
import com.mailindashboard.gateway.UpstreamLanes;
import com.mailindashboard.sandbox.SandboxPaths;
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
 * A request is a person waiting for a page: its calls to Mailin (and those of threads it starts)
 * go in the upstream budget's first lane and get the page deadline. The sandbox (which is the
 * upstream, not a page) and the actuator are left out.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class PageLaneFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(SandboxPaths.ROOT + "/") || path.startsWith("/actuator");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try (UpstreamLanes.Scope ignored = UpstreamLanes.enter(UpstreamLane.PAGE)) {
            chain.doFilter(request, response);
        }
    }
}
