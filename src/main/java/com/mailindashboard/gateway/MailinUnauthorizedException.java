package com.mailindashboard.gateway;

/** 401 even after logging in again, or the login itself was rejected: the stored credentials are wrong. */
public final class MailinUnauthorizedException extends MailinException {

    public MailinUnauthorizedException(MailinOperation operation, int status, String upstreamMessage) {
        super(operation, status, upstreamMessage, operation + " unauthorized (" + status + ")", null);
    }

    @Override
    public String outcome() {
        return "unauthorized";
    }
}
