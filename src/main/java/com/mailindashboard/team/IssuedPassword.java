package com.mailindashboard.team;

/** A temporary password, shown once to the admin who issued it; never stored in clear. */
public record IssuedPassword(String email, String password) {

    @Override
    public String toString() {
        return "IssuedPassword[" + email + ", ***]";
    }
}
