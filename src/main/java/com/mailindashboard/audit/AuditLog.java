package com.mailindashboard.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records audit events. Joins the caller's transaction when there is one, so an action and its
 * event commit or roll back together; otherwise it commits on its own.
 */
@Service
public class AuditLog {

    private final AuditEventRepository events;
    private final Clock clock;

    public AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public AuditEvent record(AuditEntry entry) {
        Long actorId = null;
        String actorEmail = entry.actorEmail();
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (actorEmail == null && auth != null && auth.getPrincipal() instanceof AuditActor actor) {
            actorId = actor.actorId();
            actorEmail = actor.actorEmail();
        }
        if (actorEmail == null) {
            actorEmail = auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getName())
                    ? auth.getName() : "system";
        }
        String ip = null;
        String userAgent = null;
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            ip = request.getRemoteAddr();
            userAgent = request.getHeader("User-Agent");
        }
        return events.save(new AuditEvent(Instant.now(clock), actorId, actorEmail, ip, userAgent, entry,
                MDC.get(CorrelationIdFilter.MDC_KEY)));
    }
}
