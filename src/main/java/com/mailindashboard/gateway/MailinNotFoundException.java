package com.mailindashboard.gateway;

/** 404: not found or not yours (Mailin answers 404 for both, for privacy). */
public final class MailinNotFoundException extends MailinException {

    public MailinNotFoundException(MailinOperation operation, int status, String upstreamMessage) {
        super(operation, status, upstreamMessage, operation + " answered " + status, null);
    }

    @Override
    public String outcome() {
        return "not_found";
    }
}
