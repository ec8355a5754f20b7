package com.mailindashboard.sandbox;

import static com.mailindashboard.sandbox.SandboxBodies.ordered;

import java.util.List;
import java.util.Map;

/**
 * A refusal in Mailin's terms: an HTTP status and the body Mailin would send with it.
 * {@link SandboxExceptionHandler} turns it into the response.
 */
final class SandboxProblem extends RuntimeException {

    static final String UNAVAILABLE = "The requested domain(s) are unavailable.";

    private final int status;
    private final transient Map<String, Object> body;

    private SandboxProblem(int status, Map<String, Object> body) {
        super(String.valueOf(body.get("message")), null, false, false);
        this.status = status;
        this.body = body;
    }

    static SandboxProblem of(int status, Map<String, Object> body) {
        return new SandboxProblem(status, body);
    }

    static SandboxProblem notFound(String message) {
        return of(404, SandboxBodies.message(message));
    }

    /** 422 with only a message. */
    static SandboxProblem invalid(String message) {
        return of(422, SandboxBodies.message(message));
    }

    /** 422 the way Laravel validation answers: the message again per field under {@code errors}. */
    static SandboxProblem invalidField(String field, String message) {
        return of(422, ordered("message", message, "errors", Map.of(field, List.of(message))));
    }

    /** 422 for names that cannot be bought: {@code unavailable} is an object (one) or an array (several). */
    static SandboxProblem unavailable(Object unavailable) {
        return of(422, ordered("message", UNAVAILABLE, "unavailable", unavailable));
    }

    int status() {
        return status;
    }

    Map<String, Object> body() {
        return body;
    }
}
