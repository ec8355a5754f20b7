package com.mailindashboard.jobs;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface WebhookDeliveryRepository extends JpaRepository<WebhookDelivery, Long> {

    List<WebhookDelivery> findByStateAndNextAttemptAtLessThanEqualOrderByIdAsc(String state, Instant now, Limit limit);

    List<WebhookDelivery> findByJobIdOrderByIdAsc(Long jobId);
}
