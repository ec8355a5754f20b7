package com.mailindashboard.jobs;

import java.util.List;

/**
 * One keyed submission: the key from the confirm form, what kind of job follows it, what it is
 * about (names, addresses) and who asked.
 */
public record OperationRequest(String operationKey, JobKind kind, List<String> subjects, String requestedBy) {

    public OperationRequest {
        if (operationKey == null || operationKey.isBlank() || operationKey.length() > 100) {
            throw new IllegalArgumentException("An operation needs a key of at most 100 characters");
        }
        subjects = List.copyOf(subjects);
    }
}
