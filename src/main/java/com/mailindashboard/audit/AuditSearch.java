package com.mailindashboard.audit;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

/** Reads the audit log with filters and pages. Read-only by construction. */
@Component
class AuditSearch {

    private final EntityManager entityManager;

    AuditSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }
}
