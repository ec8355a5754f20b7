package com.mailindashboard.settings;

import java.time.Instant;

/** The connection as pages may see it: no password, no token. */
public record ConnectionView(ConnectionMode mode, String baseUrl, String email, String deviceName,
                             Instant updatedAt, String updatedBy) {
}
