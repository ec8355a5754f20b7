package com.mailindashboard.gateway;

/**
 * Root of every failure the gateway reports. {@link #status()} is Mailin's HTTP status, or null
 * when no answer came back; {@link #upstreamMessage()} is Mailin's own message when it gave one.
 */
public abstract sealed class MailinException extends RuntimeException
        permits MailinValidationException, MailinNotFoundException, MailinRefusedException,
        MailinSubscriptionRequiredException, MailinIncompleteException, MailinUnauthorizedException,
        MailinUnavailableException, MailinNotConfiguredException {

    private final MailinOperation operation;
    private final Integer status;
    private final String upstreamMessage;

    protected MailinException(MailinOperation operation, Integer status, String upstreamMessage, String message,
                              Throwable cause) {
        super(message, cause);
        this.operation = operation;
        this.status = status;
        this.upstreamMessage = upstreamMessage;
    }

    public MailinOperation operation() {
        return operation;
    }

    public Integer status() {
        return status;
    }

    public String upstreamMessage() {
        return upstreamMessage;
    }

    /** A short, stable name for metrics, logs and the audit log. */
    public abstract String outcome();
}
