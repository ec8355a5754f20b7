package com.mailindashboard.verification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface VerificationResultFileRepository extends JpaRepository<VerificationResultFile, Long> {

    Optional<VerificationResultFile> findByTaskIdAndCategory(Long taskId, VerificationCategory category);

    List<VerificationResultFile> findByTaskId(Long taskId);

    List<VerificationResultFile> findByExpiresAtBefore(Instant now);
}
