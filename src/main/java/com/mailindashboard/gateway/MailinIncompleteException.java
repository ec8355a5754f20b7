package com.mailindashboard.gateway;

/** 313: the action failed midway; some parts may be done. */
public final class MailinIncompleteException extends MailinException {

    public MailinIncompleteException(MailinOperation operation, int status, String upstreamMessage) {
        super(operation, status, upstreamMessage, operation + " answered " + status, null);
    }

    @Override
    public String outcome() {
        return "incomplete";
    }
}
