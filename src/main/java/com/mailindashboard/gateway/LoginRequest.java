package com.mailindashboard.gateway;

/** Body {@code {email, password, device_name}} of A1. */
record LoginRequest(String email, String password, String deviceName) {

    /** Leaves the password out: never logged. */
    @Override
    public String toString() {
        return "LoginRequest[email=" + email + ", password=***, deviceName=" + deviceName + "]";
    }
}
