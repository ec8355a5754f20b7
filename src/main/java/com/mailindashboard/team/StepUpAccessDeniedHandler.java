package com.mailindashboard.team;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.FactorAuthorizationDecision;
import org.springframework.security.authorization.RequiredFactorError;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * A request refused because its factor is not fresh (an expired {@link RequiredFactorError}, or no
 * password factor at all) keeps the request in the session and goes to the step-up page; htmx
 * requests are sent there as a whole page ({@code HX-Redirect}). Every other refusal goes on to
 * {@code otherwise}.
 */
final class StepUpAccessDeniedHandler implements AccessDeniedHandler {

    private final AccessDeniedHandler otherwise;

    StepUpAccessDeniedHandler(AccessDeniedHandler otherwise) {
        this.otherwise = otherwise;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (!needsFreshProof(denied)) {
            otherwise.handle(request, response, denied);
            return;
        }
        PendingStepUp.of(request).keepIn(request.getSession());
        String target = request.getContextPath() + StepUpController.PATH;
        if ("true".equals(request.getHeader("HX-Request"))) {
            response.setHeader("HX-Redirect", target);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        response.sendRedirect(target);
    }

    static boolean needsFreshProof(AccessDeniedException denied) {
        return denied instanceof AuthorizationDeniedException refused
                && refused.getAuthorizationResult() instanceof FactorAuthorizationDecision decision
                && !decision.getFactorErrors().isEmpty()
                && decision.getFactorErrors().stream().allMatch(error -> error.isExpired()
                        || SecondFactorAuthorization.PASSWORD_FACTOR.equals(error.getRequiredFactor().getAuthority()));
    }
}
