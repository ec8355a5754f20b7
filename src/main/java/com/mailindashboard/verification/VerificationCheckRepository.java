package com.mailindashboard.verification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface VerificationCheckRepository extends JpaRepository<VerificationCheck, String> {

    List<VerificationCheck> findByCreatedAtBefore(Instant before);
}
