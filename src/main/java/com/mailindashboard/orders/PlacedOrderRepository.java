package com.mailindashboard.orders;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlacedOrderRepository extends JpaRepository<PlacedOrder, Long> {

    Optional<PlacedOrder> findByOperationKey(String operationKey);

    Optional<PlacedOrder> findByOperationId(long operationId);

    Optional<PlacedOrder> findByJobId(long jobId);

    Optional<PlacedOrder> findByUpstreamId(long upstreamId);

    List<PlacedOrder> findByUpstreamIdIn(Collection<Long> upstreamIds);

    @Query("select o.upstreamId from PlacedOrder o where o.upstreamId is not null")
    List<Long> linkedUpstreamIds();

    List<PlacedOrder> findTop20ByUpstreamIdIsNullAndOperationIdIsNotNullOrderByPlacedAtDesc();
}
