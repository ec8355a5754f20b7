package com.mailindashboard.mailboxes;

import com.mailindashboard.jobs.JobStatus;
import java.util.List;

/**
 * Where a confirmed dry run stands: each chunk with its operation's state and its job's status,
 * and the rows created and failed so far. Active while a chunk waits to be sent or a job runs.
 */
public record MailboxCreationProgress(MailboxDryRunSummary dryRun, List<ChunkProgress> chunks, int created,
                                      int failed, int resendable) {

    public MailboxCreationProgress {
        chunks = List.copyOf(chunks);
    }

    /** One chunk: its state, its job's status and report (null before there is a job), and its rows created. */
    public record ChunkProgress(MailboxCreationChunk chunk, JobStatus jobStatus, String jobReport, int created) {

        public boolean waiting() {
            return chunk.state().waiting();
        }

        public boolean refused() {
            return chunk.state().refused();
        }

        public boolean accepted() {
            return chunk.state() == MailboxCreationChunk.State.ACCEPTED;
        }

        public boolean unknown() {
            return chunk.state() == MailboxCreationChunk.State.OUTCOME_UNKNOWN;
        }

        public boolean jobActive() {
            return jobStatus != null && jobStatus.active();
        }
    }

    /** Rows not created that may be sent again, offered once nothing is running. */
    public boolean offerResend() {
        return resendable > 0 && !active();
    }

    public int chunksTotal() {
        return chunks.size();
    }

    public long chunksSent() {
        return chunks.stream().filter(c -> !c.waiting()).count();
    }

    public long chunksAccepted() {
        return chunks.stream().filter(ChunkProgress::accepted).count();
    }

    public long chunksRefused() {
        return chunks.stream().filter(ChunkProgress::refused).count();
    }

    public long chunksUnknown() {
        return chunks.stream().filter(ChunkProgress::unknown).count();
    }




    /** Valid rows with no outcome yet (waiting, running, or not known). */
    public int open() {
        return Math.max(0, dryRun.validRows() - created - failed);
    }

    public boolean active() {
        return dryRun.state() == MailboxDryRunState.SUBMITTING
                || chunks.stream().anyMatch(c -> c.waiting() || c.jobActive());
    }

    public int sentPercent() {
        return chunks.isEmpty() ? 0 : (int) (chunksSent() * 100 / chunks.size());
    }

    public int createdPercent() {
        return dryRun.validRows() == 0 ? 0 : created * 100 / dryRun.validRows();
    }

    public int failedPercent() {
        return dryRun.validRows() == 0 ? 0 : failed * 100 / dryRun.validRows();
    }
}
