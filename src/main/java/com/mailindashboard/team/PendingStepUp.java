package com.mailindashboard.team;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serial;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The request that was waiting for a fresh proof, kept in the session until it goes on: its method,
 * its URL (path and query, inside the application) and its form fields (the CSRF token aside), so a
 * POST goes on with everything that was typed. {@code token} names it when it is sent again.
 */
record PendingStepUp(String method, String url, Map<String, List<String>> form, String token) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String SESSION_ATTRIBUTE = PendingStepUp.class.getName();
    /** The field the continuing form carries instead of the fields themselves. */
    static final String TOKEN_PARAMETER = "_stepUp";

    static PendingStepUp of(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String url = request.getQueryString() == null ? path : path + "?" + request.getQueryString();
        Map<String, List<String>> form = new LinkedHashMap<>();
        if ("POST".equals(request.getMethod())) {
            // fields of the query string travel in the URL again
            Set<String> query = UriComponentsBuilder.fromUriString(url).build().getQueryParams().keySet();
            request.getParameterMap().forEach((name, values) -> {
                if (!"_csrf".equals(name) && !TOKEN_PARAMETER.equals(name) && !query.contains(name)) {
                    form.put(name, List.of(values));
                }
            });
        }
        return new PendingStepUp(request.getMethod(), url, Map.copyOf(form), UUID.randomUUID().toString());
    }

    boolean isPost() {
        return "POST".equals(method);
    }

    void keepIn(HttpSession session) {
        session.setAttribute(SESSION_ATTRIBUTE, this);
    }

    static PendingStepUp in(HttpSession session) {
        return session == null ? null : (PendingStepUp) session.getAttribute(SESSION_ATTRIBUTE);
    }
}
