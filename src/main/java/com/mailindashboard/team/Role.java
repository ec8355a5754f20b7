package com.mailindashboard.team;

/** What a teammate may do. Enforced on the server for every URL and method. */
public enum Role {
    /** Team, settings, everything. */
    ADMIN,
    /** Every Mailin operation. */
    OPERATOR,
    /** Read-only: no writes, no secret reveals. */
    VIEWER;

    private final String authority = "ROLE_" + name();

    /** {@code ROLE_} and the name, as Spring Security's role checks expect (asked on every page). */
    public String authority() {
        return authority;
    }
}
