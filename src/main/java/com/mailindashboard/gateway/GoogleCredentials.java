package com.mailindashboard.gateway;

/**
 * G11: a Google mailbox's sign-in secrets: password, TOTP secret and app password. They must
 * never be logged, so {@link #toString()} masks them.
 */
public record GoogleCredentials(Boolean error, String message, String password, String secret,
                                String appPassword) {

    public boolean hasError() {
        return Boolean.TRUE.equals(error);
    }

    @Override
    public String toString() {
        return "GoogleCredentials[error=" + error + ", message=" + message
                + ", password=" + mask(password) + ", secret=" + mask(secret) + ", appPassword=" + mask(appPassword) + "]";
    }

    private static String mask(String secret) {
        return secret == null ? null : "***";
    }
}
