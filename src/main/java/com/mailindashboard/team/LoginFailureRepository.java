package com.mailindashboard.team;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LoginFailureRepository extends JpaRepository<LoginFailure, Long> {

    List<LoginFailure> findByAccountKeyAndFailedAtAfterOrderByFailedAtDesc(String accountKey, Instant since);

    List<LoginFailure> findByIpAndFailedAtAfterOrderByFailedAtDesc(String ip, Instant since);

    @Modifying
    @Query("delete from LoginFailure f where f.accountKey = :accountKey")
    void deleteByAccountKey(String accountKey);

    @Modifying
    @Query("delete from LoginFailure f where f.failedAt < :before")
    int deleteOlderThan(Instant before);
}
