package com.mailindashboard.verification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface VerificationTaskRepository extends JpaRepository<VerificationTask, Long>,
        JpaSpecificationExecutor<VerificationTask> {

    Optional<VerificationTask> findByOperationKey(String operationKey);

    Optional<VerificationTask> findFirstByJobId(Long jobId);

    Optional<VerificationTask> findFirstByOperationId(Long operationId);

    /** What the credits page sums per teammate and month: who, when and how many credits. */
    @Query("""
            select new com.mailindashboard.verification.CreditUse(t.createdBy, t.createdAt, t.creditsUsed)
            from VerificationTask t where t.createdAt >= :since and t.creditsUsed > 0""")
    List<CreditUse> creditUseSince(Instant since);

    @Query("select distinct t.createdBy from VerificationTask t order by t.createdBy")
    List<String> starters();
}
