package com.mailindashboard.approvals;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApprovalRequestRepository extends JpaRepository<ApprovalRequest, Long> {

    Optional<ApprovalRequest> findByOperationKey(String operationKey);

    Page<ApprovalRequest> findByStateInOrderByIdDesc(Collection<ApprovalState> states, Pageable page);

    Page<ApprovalRequest> findByStateInAndActionInOrderByIdDesc(Collection<ApprovalState> states,
                                                              Collection<ApprovalAction> actions, Pageable page);

    long countByStateAndExpiresAtAfter(ApprovalState state, Instant now);

    List<ApprovalRequest> findByStateAndExpiresAtLessThanEqual(ApprovalState state, Instant now);

    /** Approved before {@code before} and never settled: the approver's send did not finish (a restart). */
    List<ApprovalRequest> findByStateAndResultStateIsNullAndDecidedAtLessThanEqual(ApprovalState state, Instant before);

    List<ApprovalRequest> findByRequestedByAndRequesterSeenFalseOrderByIdDesc(String requestedBy);

    /**
     * The one decision: from PENDING (not expired) to APPROVED or REJECTED, never by the requester.
     * 1 for the teammate who decided, 0 for everyone else (decided already, expired, their own).
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update ApprovalRequest r set r.state = :state, r.decidedBy = :by, r.decidedAt = :now, r.reason = :reason,"
            + " r.requesterSeen = false, r.version = r.version + 1"
            + " where r.id = :id and r.state = com.mailindashboard.approvals.ApprovalState.PENDING"
            + " and r.expiresAt > :now and r.requestedBy <> :by")
    int decide(@Param("id") long id, @Param("state") ApprovalState state, @Param("by") String by,
               @Param("reason") String reason, @Param("now") Instant now);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update ApprovalRequest r set r.state = com.mailindashboard.approvals.ApprovalState.EXPIRED,"
            + " r.decidedAt = :now, r.requesterSeen = false, r.version = r.version + 1"
            + " where r.id = :id and r.state = com.mailindashboard.approvals.ApprovalState.PENDING"
            + " and r.expiresAt <= :now")
    int expire(@Param("id") long id, @Param("now") Instant now);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update ApprovalRequest r set r.resultPath = :path, r.resultState = :result, r.version = r.version + 1"
            + " where r.id = :id")
    int settle(@Param("id") long id, @Param("path") String path, @Param("result") String result);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update ApprovalRequest r set r.requesterSeen = true where r.id = :id and r.requestedBy = :by")
    int seen(@Param("id") long id, @Param("by") String by);
}
