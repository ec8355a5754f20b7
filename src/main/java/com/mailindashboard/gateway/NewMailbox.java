package com.mailindashboard.gateway;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One SMTP mailbox to create (M3). {@code username} is the full address, {@code name} the display
 * name; {@code password} (8-24 characters) is optional: when null it is left out and Mailin
 * generates one.
 */
public record NewMailbox(String username, String name,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String password) {

    public NewMailbox(String username, String name) {
        this(username, name, null);
    }

    /** Leaves the password out: it must never reach a log. */
    @Override
    public String toString() {
        return "NewMailbox[username=" + username + ", name=" + name + ", password=" + (password == null ? null : "***")
                + "]";
    }
}
