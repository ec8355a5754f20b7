package com.mailindashboard.gateway;

/** M8: a mailbox's sending limit as Mailin words it ("50", "500 / 1h", or null). */
public record MailboxRateLimit(Long id, String username, String rateLimit) {
}
