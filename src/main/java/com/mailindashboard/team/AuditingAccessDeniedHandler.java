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
                .summary(denied.getMessage()));
        delegate.handle(request, response, denied);
    }
}
