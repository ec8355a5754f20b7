package com.mailindashboard.jobs;

import java.util.List;
import java.util.UUID;

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

    /** Whether a confirm form's key is one the dashboard made: a UUID in its canonical form, nothing else. */
    public static boolean wellFormedKey(String key) {
        if (key == null || key.length() != 36) {
            return false;
        }
        try {
            return UUID.fromString(key).toString().equalsIgnoreCase(key);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
