package com.mailindashboard.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** JSON bodies and responses the way Mailin writes them: snake_case keys in a fixed order. */
final class SandboxBodies {

    /** Mailin's custom "accepted, processing asynchronously" status. */
    static final int ACCEPTED = 210;

    static final String REQUEST_RECEIVED = "Your request has been received and will be processed as soon as possible.";

    private SandboxBodies() {
    }

    /** A map of alternating keys and values, in order; values may be null (unlike {@code Map.of}). */
    static Map<String, Object> ordered(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must come in pairs");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }

    static Map<String, Object> message(String message) {
        return ordered("message", message);
    }

    static ResponseEntity<Map<String, Object>> ok(String message) {
        return ResponseEntity.ok(message(message));
    }

    /** 210 {@code {message, uuid}}: a job was opened; its status is polled by uuid. */
    static ResponseEntity<Map<String, Object>> jobAccepted(String uuid) {
        return ResponseEntity.status(ACCEPTED).body(ordered("message", REQUEST_RECEIVED, "uuid", uuid));
    }

    /**
     * 200 with the PHP array syntax the vendor documents for some answers
     * ({@code { 'message' => '...' }}): not JSON, exactly as Mailin's docs show it.
     */
    static ResponseEntity<String> phpMessage(String message) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body("{\n    'message' => '" + message + "'\n}");
    }
}
