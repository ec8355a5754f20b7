package com.mailindashboard.team;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The request that waited for a fresh proof goes on: the continuing POST names it by its token
 * (once), and is given the form fields kept in the session, so nothing typed is lost and no secret
 * is written back into a page. Runs before authorization, which then sees the original request.
 */
final class StepUpReplayFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getParameter(PendingStepUp.TOKEN_PARAMETER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        PendingStepUp pending = PendingStepUp.in(session);
        if (pending == null || !pending.isPost()
                || !pending.token().equals(request.getParameter(PendingStepUp.TOKEN_PARAMETER))
                || !pending.url().equals(PendingStepUp.of(request).url())) {
            chain.doFilter(request, response);
            return;
        }
        session.removeAttribute(PendingStepUp.SESSION_ATTRIBUTE);
        Map<String, String[]> parameters = new LinkedHashMap<>(request.getParameterMap());
        pending.form().forEach((name, values) -> parameters.put(name, values.toArray(String[]::new)));
        chain.doFilter(new WithParameters(request, Collections.unmodifiableMap(parameters)), response);
    }

    private static final class WithParameters extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        WithParameters(HttpServletRequest request, Map<String, String[]> parameters) {
            super(request);
            this.parameters = parameters;
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }
    }
}
