package com.mailindashboard.gateway;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Published (synchronously, in the caller's thread and transaction) for every write the gateway
 * sends, whatever its outcome; the audit log listens. {@code fields} are the request's path
 * variables and top-level body fields as text (nested values and files only by size or name):
 * in the request's order; they may hold secrets, so a listener redacts them and {@link #toString()} leaves them out.
 *
 * @param status  Mailin's HTTP status, null when no answer came
 * @param message Mailin's message, or the failure's when Mailin gave none
 * @param jobId   the job reference Mailin answered with, else null
 * @param target  the first path variable (the resource written to), else null
 */
public record MailinWriteEvent(MailinOperation operation, Outcome outcome, Integer status, String message,
                               String jobId, Object target, Map<String, String> fields) {

    public enum Outcome {
        SUCCEEDED,
        FAILED,
        /** The call was sent and its answer lost: Mailin may or may not have done it. */
        UNKNOWN
    }

    public MailinWriteEvent {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    @Override
    public String toString() {
        return "MailinWriteEvent[" + operation + " " + outcome + " " + status + "]";
    }
}
