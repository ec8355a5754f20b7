package com.mailindashboard.team;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The requests that need a factor proven within {@link StepUpProperties#freshFor()}: revealing a
 * mailbox password, Google credentials or an Azure order's passwords, exporting with passwords,
 * changing the Mailin connection (and the sign-in policy) and managing the team.
 */
final class StepUpRequests {

    private static final RequestMatcher WITH_PASSWORDS = request -> "true".equals(request.getParameter("includePasswords"));

    static final RequestMatcher MATCHER = new OrRequestMatcher(
            post("/mailboxes/{id}/password/reveal"),
            post("/mailboxes/{id}/credentials/reveal"),
            post("/orders/{id}/mailboxes/reveal"),
            both(post("/mailboxes/export/jobs"), WITH_PASSWORDS),
            both(PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/orders/{id}/export.csv"), WITH_PASSWORDS),
            post("/settings"),
            post("/settings/second-factor"),
            post("/team/**"));

    private StepUpRequests() {
    }

    static boolean matches(HttpServletRequest request) {
        return MATCHER.matches(request);
    }

    private static RequestMatcher post(String pattern) {
        return PathPatternRequestMatcher.pathPattern(HttpMethod.POST, pattern);
    }

    private static RequestMatcher both(RequestMatcher first, RequestMatcher second) {
        return request -> first.matches(request) && second.matches(request);
    }
}
