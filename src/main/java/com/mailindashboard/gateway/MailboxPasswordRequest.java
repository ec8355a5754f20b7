package com.mailindashboard.gateway;

/** Body {@code {password}} of M6. */
record MailboxPasswordRequest(String password) {

    /** Leaves the password out: never logged. */
    @Override
    public String toString() {
        return "MailboxPasswordRequest[password=***]";
    }
}
