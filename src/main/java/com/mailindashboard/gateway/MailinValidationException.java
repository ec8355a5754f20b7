package com.mailindashboard.gateway;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 422: Mailin refused the input. {@code unavailable} lists the names it refused (D6 gives an
 * object, D8 an array: both end up here as a list); {@code fieldErrors} holds Laravel's
 * per-field messages when present.
 */
public final class MailinValidationException extends MailinException {

    private final List<String> unavailable;
    private final Map<String, List<String>> fieldErrors;

    public MailinValidationException(MailinOperation operation, String upstreamMessage, List<String> unavailable,
                                     Map<String, List<String>> fieldErrors) {
        super(operation, 422, upstreamMessage, operation + " validation failed: " + upstreamMessage, null);
        this.unavailable = List.copyOf(unavailable);
        // in Mailin's order: per-row messages are shown in the order Mailin gave them
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public List<String> unavailable() {
        return unavailable;
    }

    public Map<String, List<String>> fieldErrors() {
        return fieldErrors;
    }

    @Override
    public String outcome() {
        return "validation";
    }
}
