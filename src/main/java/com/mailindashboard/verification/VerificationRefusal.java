package com.mailindashboard.verification;

/** A verification the dashboard does not start or a file it does not read, with the words to show (a message key). */
class VerificationRefusal extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    VerificationRefusal(String messageKey, Object... arguments) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments;
    }
}
