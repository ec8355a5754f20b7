package com.mailindashboard.gateway;

/** No Mailin connection has been configured yet: nothing was sent. */
public final class MailinNotConfiguredException extends MailinException {

    public MailinNotConfiguredException(MailinOperation operation) {
        super(operation, null, null, "The Mailin connection is not configured", null);
    }

    @Override
    public String outcome() {
        return "not_configured";
    }
}
