package com.mailindashboard.approvals;

import java.util.List;
import java.util.UUID;

/**
 * A confirmed submission offered to the {@link ApprovalGate}: its action, the operation key made at
 * preview, its size for the policy's thresholds (names, credits; 1 for a deletion), what it is about,
 * the preview the requester confirmed (everything it will send; serialized as JSON and given back
 * to the action's {@link ApprovalExecutor} once approved) and who asked.
 */
public record ApprovalSubmission(ApprovalAction action, String operationKey, int amount, List<String> subjects,
                                 Object preview, String requestedBy) {

    public ApprovalSubmission {
        subjects = List.copyOf(subjects);
    }

    /**
     * A confirmed deletion of {@code subject}: it has no preview key, so each confirmation is its own request
     * under a key of its own.
     */
    public static ApprovalSubmission deletion(ApprovalAction action, String subject, Object held, String requestedBy) {
        return new ApprovalSubmission(action, UUID.randomUUID().toString(), 1, List.of(subject), held, requestedBy);
    }
}
