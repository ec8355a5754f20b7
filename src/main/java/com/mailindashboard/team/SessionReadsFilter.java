package com.mailindashboard.team;

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
 * Around Spring Session's filter (which runs just after this one): the teammate's session is read from the
 * database once per request ({@link QuietSessionRepository#readOncePerRequest}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class SessionReadsFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        QuietSessionRepository.readOncePerRequest(() -> chain.doFilter(request, response));
    }
}
