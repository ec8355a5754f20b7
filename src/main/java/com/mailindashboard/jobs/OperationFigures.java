package com.mailindashboard.jobs;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the operation ledger for figures (spend): operations by kind, state and time. */
@Service
public class OperationFigures {

    private final EntityManager entityManager;

    OperationFigures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Operations of these kinds in this state, created at or after {@code from} and before {@code before}. */
    @Transactional(readOnly = true)
    public List<Operation> find(Collection<JobKind> kinds, OperationState state, Instant from, Instant before) {
        return entityManager.createQuery("""
                        select o from Operation o
                        where o.kind in :kinds and o.state = :state and o.createdAt >= :from and o.createdAt < :before
                        order by o.createdAt""", Operation.class)
                .setParameter("kinds", kinds)
                .setParameter("state", state)
                .setParameter("from", from)
                .setParameter("before", before)
                .getResultList();
    }
}
