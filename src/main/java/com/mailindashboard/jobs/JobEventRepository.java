package com.mailindashboard.jobs;

import java.util.List;
import org.springframework.data.repository.Repository;

interface JobEventRepository extends Repository<JobEvent, Long> {

    JobEvent save(JobEvent event);

    List<JobEvent> findByJobIdOrderByAtAscIdAsc(Long jobId);
}
