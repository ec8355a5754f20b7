package com.mailindashboard.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Reads the audit log with filters and pages. Read-only by construction: it only builds select
 * queries (Criteria API), so the audit log keeps having no delete or update path.
 */
@Component
class AuditSearch {

    private static final char ESCAPE = '\\';

    private final EntityManager entityManager;

    AuditSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One page of the matching events, newest first. */
    Page<AuditEvent> search(AuditFilter filter, Pageable pageable) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<AuditEvent> counted = count.from(AuditEvent.class);
        count.select(cb.count(counted)).where(matching(cb, counted, filter));
        long total = entityManager.createQuery(count).getSingleResult();
        if (pageable.getOffset() >= total) {
            return new PageImpl<>(List.of(), pageable, total);
        }
        CriteriaQuery<AuditEvent> query = cb.createQuery(AuditEvent.class);
        Root<AuditEvent> event = query.from(AuditEvent.class);
        query.select(event).where(matching(cb, event, filter))
                .orderBy(cb.desc(event.get("occurredAt")), cb.desc(event.get("id")));
        List<AuditEvent> content = entityManager.createQuery(query)
                .setFirstResult(Math.toIntExact(pageable.getOffset()))
                .setMaxResults(pageable.getPageSize())
                .getResultList();
        return new PageImpl<>(content, pageable, total);
    }

    /** Receives the matching events a batch at a time. */
    @FunctionalInterface
    interface BatchConsumer {
        void accept(List<AuditEvent> batch) throws IOException;
    }

    /**
     * Hands all matching events to {@code consumer}, newest id first, in batches of {@code batchSize}
     * read one after the other (keyset on the id), so only one batch is ever in memory: call it
     * outside a transaction, where each batch's query has a persistence context of its own. Events
     * recorded while this runs are not included.
     *
     * @return how many events were handed over
     */
    long forEachBatch(AuditFilter filter, int batchSize, BatchConsumer consumer) throws IOException {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        long handed = 0;
        Long below = null;
        while (true) {
            CriteriaQuery<AuditEvent> query = cb.createQuery(AuditEvent.class);
            Root<AuditEvent> event = query.from(AuditEvent.class);
            List<Predicate> where = new ArrayList<>(List.of(matching(cb, event, filter)));
            if (below != null) {
                where.add(cb.lessThan(event.get("id"), below));
            }
            query.select(event).where(where.toArray(Predicate[]::new)).orderBy(cb.desc(event.get("id")));
            List<AuditEvent> batch = entityManager.createQuery(query).setMaxResults(batchSize).getResultList();
            if (batch.isEmpty()) {
                return handed;
            }
            consumer.accept(batch);
            handed += batch.size();
            if (batch.size() < batchSize) {
                return handed;
            }
            below = batch.getLast().getId();
        }
    }

    private static Predicate[] matching(CriteriaBuilder cb, Root<AuditEvent> event, AuditFilter filter) {
        List<Predicate> where = new ArrayList<>();
        if (filter.actor() != null) {
            where.add(contains(cb, event.get("actorEmail"), filter.actor()));
        }
        if (filter.action() != null) {
            where.add(filter.actionIsPrefix()
                    ? cb.like(event.get("action"), escape(filter.actionPrefix()) + "%", ESCAPE)
                    : contains(cb, event.get("action"), filter.action()));
        }
        if (filter.target() != null) {
            where.add(cb.or(contains(cb, event.get("targetType"), filter.target()),
                    contains(cb, event.get("targetId"), filter.target()),
                    contains(cb, event.get("targetLabel"), filter.target())));
        }
        if (filter.outcome() != null) {
            where.add(cb.equal(event.get("outcome"), filter.outcome()));
        }
        Path<Instant> occurredAt = event.get("occurredAt");
        if (filter.from() != null) {
            where.add(cb.greaterThanOrEqualTo(occurredAt, startOf(filter.from())));
        }
        if (filter.to() != null) {
            where.add(cb.lessThan(occurredAt, startOf(filter.to().plusDays(1))));
        }
        return where.toArray(Predicate[]::new);
    }

    private static Predicate contains(CriteriaBuilder cb, Expression<String> column, String part) {
        return cb.like(cb.lower(column), "%" + escape(part.toLowerCase(Locale.ROOT)) + "%", ESCAPE);
    }

    /** The text as a LIKE pattern that matches it literally ({@code %} and {@code _} included). */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
