package com.mailindashboard.verification;

/** How a task was sent: one address (V1), a list (V4) or a file (V3). */
public enum VerificationMethod {
    SINGLE, LIST, FILE;

    boolean bulk() {
        return this != SINGLE;
    }
}
