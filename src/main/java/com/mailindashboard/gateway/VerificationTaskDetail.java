package com.mailindashboard.gateway;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * V5's answer, which has three shapes: still running ({@code message}), failed and refunded
 * ({@code message, reason}), or finished (task, time, rows and counts). A finished
 * {@code standard} task counts deliverable, catch_all, invalid, unknown and duplicate; a finished
 * {@code catch_all} task counts deliverable, catch_all, risky, undeliverable and unknown. Counts
 * the type does not have are null. {@code created_at} is {@code 2025-08-20 12:45:22} (no zone).
 */
public record VerificationTaskDetail(String message, String reason, String taskId, String createdAt,
                                     Long totalRows, String status, Long deliverable, Long catchAll, Long invalid,
                                     Long unknown, Long duplicate, Long risky, Long undeliverable) {

    private static final DateTimeFormatter CREATED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public boolean finished() {
        return !failedAndRefunded() && (totalRows != null || UpstreamJobStatus.done(status));
    }

    public boolean failedAndRefunded() {
        return reason != null || UpstreamJobStatus.failed(status);
    }

    public boolean running() {
        return !finished() && !failedAndRefunded();
    }

    /** The type the counts belong to, or null before the task finished. */
    public VerificationType type() {
        if (!finished()) {
            return null;
        }
        return risky != null || undeliverable != null ? VerificationType.CATCH_ALL : VerificationType.STANDARD;
    }

    /** {@code created_at} as a local time, or null when absent or in another format. */
    public LocalDateTime createdAtTime() {
        if (createdAt == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(createdAt.strip(), CREATED_AT);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
