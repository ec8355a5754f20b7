package com.mailindashboard.team;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * The CSRF token is read from the form body or the header only: one in the query string (which
 * ends up in logs, the Referer header and the browser history) makes the request fail.
 */
class BodyOrHeaderCsrfTokenHandler implements CsrfTokenRequestHandler {

    private final XorCsrfTokenRequestAttributeHandler delegate = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       Supplier<CsrfToken> csrfToken) {
        delegate.handle(request, response, csrfToken);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
        if (inQueryString(request.getQueryString(), csrfToken.getParameterName())) {
            return null;
        }
        return delegate.resolveCsrfTokenValue(request, csrfToken);
    }

    static boolean inQueryString(String query, String name) {
        if (query == null) {
            return false;
        }
        for (String pair : query.split("&")) {
            String key = pair.split("=", 2)[0];
            try {
                if (URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name)) {
                    return true;
                }
            } catch (IllegalArgumentException e) {
                return true;
            }
        }
        return false;
    }
}
