package com.mailindashboard.gateway;

import java.time.Duration;

/**
 * Mailin could not be reached or failed: 310, other 4xx, 5xx, a timeout, a refused connection,
 * or the local rate limiter's wait ran out. {@link #outcomeUnknown()} is true when the request
 * may have reached Mailin and been carried out (a timeout or a 5xx after it was sent): a write
 * in that state must be reconciled, never blindly repeated.
 */
public final class MailinUnavailableException extends MailinException {

    private final boolean outcomeUnknown;
    private final boolean rateLimited;
    private final boolean slowDown;
    private final boolean tooSlow;

    public MailinUnavailableException(MailinOperation operation, Integer status, String upstreamMessage,
                                      boolean outcomeUnknown, String message, Throwable cause) {
        this(operation, status, upstreamMessage, outcomeUnknown, false, false, false, message, cause);
    }

    private MailinUnavailableException(MailinOperation operation, Integer status, String upstreamMessage,
                                       boolean outcomeUnknown, boolean rateLimited, boolean slowDown, boolean tooSlow,
                                       String message,
                                       Throwable cause) {
        super(operation, status, upstreamMessage, message, cause);
        this.outcomeUnknown = outcomeUnknown;
        this.rateLimited = rateLimited;
        this.slowDown = slowDown;
        this.tooSlow = tooSlow;
    }

    /**
     * Mailin answered 429: it did not carry the request out, and asks us to wait. The whole budget
     * pauses; a read is tried again after the pause.
     */
    static MailinUnavailableException slowDown(MailinOperation operation, Duration pause) {
        return new MailinUnavailableException(operation, 429, null, false, false, true, false,
                "Mailin asks us to slow down for " + pause.toMillis() + " ms", null);
    }

    /** A page's read found no answer within the page deadline (retries included); nothing is retried further. */
    static MailinUnavailableException tooSlow(MailinOperation operation, Duration deadline, Throwable cause) {
        return new MailinUnavailableException(operation, null, null, false, false, false, true,
                "Mailin did not answer within the page deadline of " + deadline, cause);
    }

    /** Whether a page gave up waiting: Mailin may well answer later, so the page offers to try again. */
    public boolean tooSlow() {
        return tooSlow;
    }

    /** The dashboard's own rate limiter found no slot in time: nothing was sent. */
    static MailinUnavailableException rateLimited(MailinOperation operation, Duration waited) {
        return new MailinUnavailableException(operation, null, null, false, true, false, false,
                "Local rate limit: no slot within " + waited, null);
    }

    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }

    /** Whether trying again later can help (every unavailability can, by definition). */
    public boolean transientFailure() {
        Integer status = status();
        return slowDown || !rateLimited && !tooSlow && (status == null || status == 310 || status >= 500);
    }

    @Override
    public String outcome() {
        return outcomeUnknown ? "outcome_unknown" : rateLimited ? "rate_limited" : slowDown ? "slow_down"
                : tooSlow ? "slow" : "unavailable";
    }
}
