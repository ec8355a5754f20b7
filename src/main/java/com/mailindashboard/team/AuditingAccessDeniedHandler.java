package com.mailindashboard.team;

import com.mailindashboard.audit.AuditEntry;
import com.mailindashboard.audit.AuditLog;
import com.mailindashboard.audit.AuditOutcome;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.MissingCsrfTokenException;

/** A refused request is audited (who tried what), then answered with the 403 page. */
class AuditingAccessDeniedHandler implements AccessDeniedHandler {

    private final AuditLog audit;
    private final AccessDeniedHandler delegate = new AccessDeniedHandlerImpl();

    AuditingAccessDeniedHandler(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        audit.record(AuditEntry.of("access.denied", AuditOutcome.DENIED)
                .target("url", request.getMethod() + " " + request.getRequestURI(), null)
                .summary(reason(denied)));
        delegate.handle(request, response, denied);
    }

    /**
     * A fixed reason, never the exception's text: Spring Security's CSRF messages quote the token
     * that was sent, and the audit log is readable and exportable by every teammate.
     */
    static String reason(AccessDeniedException denied) {
        if (denied instanceof MissingCsrfTokenException) {
            return "csrf token missing";
        }
        if (denied instanceof CsrfException) {
            return "csrf token invalid";
        }
        return "role not allowed";
    }
}
