package com.mailindashboard.orders;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PlacedOrderRepository extends JpaRepository<PlacedOrder, Long> {

    Optional<PlacedOrder> findByOperationKey(String operationKey);

    Optional<PlacedOrder> findByOperationId(long operationId);

    Optional<PlacedOrder> findByJobId(long jobId);

    Optional<PlacedOrder> findByUpstreamId(long upstreamId);

    List<PlacedOrder> findByUpstreamIdIn(Collection<Long> upstreamIds);

    /** Links the operation and its job where not linked yet (concurrent confirms of one key may both get here). */
    @Modifying
    @Query("update PlacedOrder o set o.operationId = coalesce(o.operationId, :operationId),"
            + " o.jobId = coalesce(o.jobId, :jobId), o.version = coalesce(o.version, 0) + 1 where o.id = :id")
    int linkSubmission(long id, Long operationId, Long jobId);

    @Query("select o.upstreamId from PlacedOrder o where o.upstreamId is not null")
    List<Long> linkedUpstreamIds();

    List<PlacedOrder> findTop20ByUpstreamIdIsNullAndOperationIdIsNotNullOrderByPlacedAtDesc();

    /** Orders whose upload to the inbox provider ended with failed mailboxes, newest first. */
    List<PlacedOrder> findByUploadFailedGreaterThanOrderByPlacedAtDesc(int failed);

    @Query("select coalesce(o.upstreamStatus, 'unknown'), count(o) from PlacedOrder o group by coalesce(o.upstreamStatus, 'unknown')")
    List<Object[]> countByStatus();

    List<PlacedOrder> findByPlacedAtGreaterThanEqualAndPlacedAtLessThan(Instant from, Instant before);
}
