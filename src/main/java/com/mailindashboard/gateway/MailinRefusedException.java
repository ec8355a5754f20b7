package com.mailindashboard.gateway;

/** 311: the request was refused because its data was not prepared. */
public final class MailinRefusedException extends MailinException {

    public MailinRefusedException(MailinOperation operation, int status, String upstreamMessage) {
        super(operation, status, upstreamMessage, operation + " answered " + status, null);
    }

    @Override
    public String outcome() {
        return "refused";
    }
}
