package com.mailindashboard.sandbox;

/** Whether the dashboard uses the sandbox now (settings or {@code DASHBOARD_SANDBOX}); implemented outside the sandbox. */
public interface SandboxSwitch {

    boolean sandboxOn();
}
