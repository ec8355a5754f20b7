package com.mailindashboard.team;

/** What a teammate may do. Enforced on the server for every URL and method. */
public enum Role {
    /** Team, settings, everything. */
    ADMIN,
    /** Every Mailin operation. */
    OPERATOR,
    /** Read-only: no writes, no secret reveals. */
    VIEWER;

    public String authority() {
        return "ROLE_" + name();
    }
}
