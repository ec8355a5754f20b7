package com.mailindashboard.integrations;

/** Inbox providers (P1-P4) or domain registrars (R1-R4); {@code path} is their part of the page addresses. */
public enum IntegrationKind {
    PROVIDER("providers"), REGISTRAR("registrars");

    private final String path;

    IntegrationKind(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    static IntegrationKind ofPath(String path) {
        return "registrars".equals(path) ? REGISTRAR : PROVIDER;
    }
}
