package com.mailindashboard.jobs;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OperationRepository extends JpaRepository<Operation, Long> {

    Optional<Operation> findByOperationKey(String operationKey);

    java.util.List<Operation> findByStateAndCreatedAtBefore(OperationState state, java.time.Instant before);

    java.util.List<Operation> findByStateAndKindIn(OperationState state, java.util.Collection<JobKind> kinds);
}
