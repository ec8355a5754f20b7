package com.mailindashboard.gateway;

/** A virtual machine server (S1/S2). {@code active} arrives as 1/0. */
public record MailinServer(Long id, String publicIp, String hostname, String state, String active,
                           String serverType) {

    public boolean isActive() {
        return "1".equals(active) || "true".equalsIgnoreCase(active);
    }
}
