package com.mailindashboard.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.mailindashboard.support.IntegrationTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An operation left SUBMITTING by a process that stopped mid-call ends visible as outcome unknown, never resent. */
@IntegrationTest
class InterruptedOperationTest {

    @Autowired
    OperationLedger ledger;
    @Autowired
    OperationRepository operations;
    @Autowired
    JobLedger jobs;

    @Test
    void aStaleSubmissionBecomesOutcomeUnknownWithAReconcilingJob() {
        Operation stale = operations.saveAndFlush(new Operation("interrupted-" + UUID.randomUUID(),
                JobKind.DOMAIN_PURCHASE, List.of("crashed-mid-call.com"), "ops@team.test", Instant.now()));
        Operation fresh = operations.saveAndFlush(new Operation("in-flight-" + UUID.randomUUID(),
                JobKind.DOMAIN_PURCHASE, List.of("still-calling.com"), "ops@team.test", Instant.now().plusSeconds(60)));

        int recovered = ledger.recoverInterrupted(Instant.now().plusSeconds(1));

        assertThat(recovered).isGreaterThanOrEqualTo(1);
        Operation settled = operations.findById(stale.getId()).orElseThrow();
        assertThat(settled.getState()).isEqualTo(OperationState.OUTCOME_UNKNOWN);
        Job job = jobs.find(settled.getJobId()).orElseThrow();
        assertThat(job.getStatus()).isEqualTo(JobStatus.OUTCOME_UNKNOWN);
        assertThat(job.getSubjects()).containsExactly("crashed-mid-call.com");
        assertThat(job.getOperationId()).isEqualTo(stale.getId());
        assertThat(operations.findById(fresh.getId()).orElseThrow().getState()).isEqualTo(OperationState.SUBMITTING);

        assertThat(ledger.recoverInterrupted(Instant.now().plusSeconds(1))).as("settled once only").isZero();
    }
}
