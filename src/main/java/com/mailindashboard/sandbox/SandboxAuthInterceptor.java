package com.mailindashboard.sandbox;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Mailin's bearer-token check: a call without a valid {@code Authorization: Bearer} token is
 * answered 401 {@code {"message":"Unauthenticated."}}. The caller's user id goes into the request
 * attribute {@link #USER_ID}.
 */
final class SandboxAuthInterceptor implements HandlerInterceptor {

    static final String USER_ID = "com.mailindashboard.sandbox.userId";
    private static final String BEARER = "Bearer ";

    private final ObjectProvider<SandboxState> state;

    /** Looks the state up per request, so that contexts without the sandbox are left alone. */
    SandboxAuthInterceptor(ObjectProvider<SandboxState> state) {
        this.state = state;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        SandboxState sandbox = state.getIfAvailable();
        if (sandbox == null) {
            return true;
        }
        Optional<Long> user = token(request).flatMap(sandbox::userFor);
        if (user.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write("{\"message\":\"Unauthenticated.\"}");
            return false;
        }
        request.setAttribute(USER_ID, user.get());
        return true;
    }

    private static Optional<String> token(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        return Optional.of(header.substring(BEARER.length()).strip());
    }
}
