package com.mailindashboard.audit;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The latest audit events, newest first (the overview's recent activity). */
@Service
public class RecentAudit {

    private final EntityManager entityManager;

    RecentAudit(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> latest(int count) {
        return entityManager.createQuery("select e from AuditEvent e order by e.occurredAt desc, e.id desc",
                        AuditEvent.class)
                .setMaxResults(count)
                .getResultList();
    }
}
