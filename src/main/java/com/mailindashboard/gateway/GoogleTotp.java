package com.mailindashboard.gateway;

import java.time.Instant;

/** G10: a one-time password for a Google mailbox; {@code expires_at} is in unix seconds. */
public record GoogleTotp(Boolean error, String message, String totp, Long expiresAt) {

    public boolean hasError() {
        return Boolean.TRUE.equals(error);
    }

    public Instant expiresAtInstant() {
        return expiresAt == null ? null : Instant.ofEpochSecond(expiresAt);
    }

    /** Leaves the code out: it must never reach a log. */
    @Override
    public String toString() {
        return "GoogleTotp[error=" + error + ", message=" + message + ", totp=***, expiresAt=" + expiresAt + "]";
    }
}
