package com.mailindashboard.settings;

/** Where the Mailin connection comes from. */
public enum ConnectionMode {
    /** {@code DASHBOARD_SANDBOX=true}: the built-in simulator, fixed by the environment. */
    SANDBOX_ENVIRONMENT,
    /** {@code MAILIN_API_EMAIL}/{@code MAILIN_API_PASSWORD}: fixed by the environment. */
    ENVIRONMENT,
    /** The sandbox, chosen on the settings page. */
    SANDBOX,
    /** Entered by an admin on the settings page. */
    SETTINGS;

    public boolean sandbox() {
        return this == SANDBOX || this == SANDBOX_ENVIRONMENT;
    }

    public boolean managedByEnvironment() {
        return this == SANDBOX_ENVIRONMENT || this == ENVIRONMENT;
    }
}
