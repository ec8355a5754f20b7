package com.mailindashboard.team;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

    List<RecoveryCode> findByTeamUserIdAndUsedAtIsNull(Long teamUserId);

    @Modifying
    @Query("delete from RecoveryCode c where c.teamUserId = :teamUserId")
    void deleteByTeamUserId(Long teamUserId);
}
