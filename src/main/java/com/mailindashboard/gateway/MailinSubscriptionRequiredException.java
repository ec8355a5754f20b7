package com.mailindashboard.gateway;

/** 312: the Mailin account has no active subscription. */
public final class MailinSubscriptionRequiredException extends MailinException {

    public MailinSubscriptionRequiredException(MailinOperation operation, int status, String upstreamMessage) {
        super(operation, status, upstreamMessage, operation + " answered " + status, null);
    }

    @Override
    public String outcome() {
        return "subscription_required";
    }
}
