package com.mailindashboard.jobs;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface WebhookDeliveryRepository extends JpaRepository<WebhookDelivery, Long> {

    /**
     * Claims a due delivery for one attempt by moving its next attempt past the lease; 1 when this
     * instance got it, 0 when another instance did first (so two instances never send it twice).
     */
    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("""
            update WebhookDelivery d set d.nextAttemptAt = :leaseUntil
            where d.id = :id and d.state = com.mailindashboard.jobs.WebhookDelivery.State.PENDING and d.nextAttemptAt <= :now""")
    int claim(Long id, Instant now, Instant leaseUntil);

    List<WebhookDelivery> findByStateAndNextAttemptAtLessThanEqualOrderByIdAsc(WebhookDelivery.State state, Instant now, Limit limit);

    List<WebhookDelivery> findByJobIdOrderByIdAsc(Long jobId);
}
