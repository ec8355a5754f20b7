package com.mailindashboard.gateway;

/**
 * The verification types. The vendor's list is blank; these are the two its examples use. Their
 * finished tasks count different categories (see {@link VerificationTaskDetail}).
 */
public enum VerificationType {
    STANDARD("standard"),
    CATCH_ALL("catch_all");

    private final String value;

    VerificationType(String value) {
        this.value = value;
    }

    /** The value Mailin expects in {@code type}. */
    public String value() {
        return value;
    }
}
