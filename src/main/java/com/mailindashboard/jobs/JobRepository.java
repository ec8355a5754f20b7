package com.mailindashboard.jobs;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface JobRepository extends JpaRepository<Job, Long>, JpaSpecificationExecutor<Job> {

    @Query("""
            select j.id from Job j
            where j.status in :statuses and j.nextPollAt <= :now
              and (j.claimedUntil is null or j.claimedUntil < :now)
            order by j.nextPollAt""")
    List<Long> findDueIds(Collection<JobStatus> statuses, Instant now, Limit limit);

    /**
     * Claims a job for one poll; 1 when this instance got it, 0 when another holds it or has
     * already polled it since this instance found it due (the job is then no longer due).
     */
    @Modifying
    @Query("""
            update Job j set j.claimedBy = :instance, j.claimedUntil = :until
            where j.id = :id and j.status in :statuses and j.nextPollAt <= :now
              and (j.claimedUntil is null or j.claimedUntil < :now)""")
    int claim(Long id, Collection<JobStatus> statuses, String instance, Instant until, Instant now);

    /**
     * Moves a due job that waits for its turn in the poller's lane to that turn, as a bulk update that
     * leaves the version alone; 0 when it is no longer due or another instance claimed it meanwhile.
     */
    @Modifying
    @Query("""
            update Job j set j.nextPollAt = :turn
            where j.id = :id and j.nextPollAt <= :now and (j.claimedUntil is null or j.claimedUntil < :now)""")
    int waitForTurn(Long id, Instant turn, Instant now);

    /**
     * Marks a job's end as seen by its starter, as a bulk update that leaves the version alone: a
     * page view never makes the poller's concurrent update of the job fail, nor the other way round.
     */
    @Modifying
    @Query("update Job j set j.seenByStarter = true where j.id = :id and j.startedBy = :startedBy")
    int markSeen(Long id, String startedBy);

    long countByStatusIn(Collection<JobStatus> statuses);

    /** Marks every ended job of one starter as seen (the notices' "dismiss all"); the version is left alone. */
    @Modifying
    @Query("""
            update Job j set j.seenByStarter = true
            where j.startedBy = :startedBy and j.seenByStarter = false and j.status in :statuses""")
    int markAllSeen(String startedBy, Collection<JobStatus> statuses);

    /** A starter's unseen ends since {@code since} (a stuck job, which has not finished, by when it got stuck). */
    @Query("""
            select j from Job j where j.startedBy = :startedBy and j.seenByStarter = false and j.status in :statuses
              and coalesce(j.finishedAt, j.updatedAt) > :since
            order by coalesce(j.finishedAt, j.updatedAt) desc""")
    List<Job> endedUnseenSince(String startedBy, Collection<JobStatus> statuses, Instant since);


    @Query("select j from Job j where j.status in :statuses and j.createdAt < :before")
    List<Job> findActiveCreatedBefore(Collection<JobStatus> statuses, Instant before);
}
