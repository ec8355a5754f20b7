package com.mailindashboard.team;

import java.io.Serializable;

/** A temporary password, shown once to the admin who issued it; never stored in clear. */
public record IssuedPassword(String email, String password) implements Serializable {

    @Override
    public String toString() {
        return "IssuedPassword[" + email + ", ***]";
    }
}
