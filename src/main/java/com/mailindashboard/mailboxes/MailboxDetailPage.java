package com.mailindashboard.mailboxes;

import com.mailindashboard.gateway.MailboxRateLimit;
import com.mailindashboard.web.Outcome;

/**
 * Everything the page of one mailbox shows. The record itself must load; the rate limit (M8) and
 * the servers (from M2, else looked up in M1) are panels that degrade on their own.
 */
public record MailboxDetailPage(MailboxDetail mailbox, Outcome<MailboxRateLimit> rateLimit,
                                Outcome<MailboxServers> servers) {

    /** Google mailboxes have no M8 rate limit: their panel only shows when Mailin gave one anyway. */
    public boolean showRateLimit() {
        return !mailbox.google() || rateLimit.ok() && rateLimit.value() != null;
    }

    public boolean showServers() {
        return !mailbox.google();
    }
}
