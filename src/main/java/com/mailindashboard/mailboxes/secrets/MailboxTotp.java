package com.mailindashboard.mailboxes.secrets;

import java.time.Instant;
import org.springframework.context.MessageSourceResolvable;

/** A generated one-time code (G10) and its expiry in unix seconds, or why there is none. */
public record MailboxTotp(String code, Long expiresAt, MessageSourceResolvable problem) {

    /** The expiry as an ISO instant in UTC, for the page before its countdown starts. */
    public String expiresAtText() {
        return expiresAt == null ? null : Instant.ofEpochSecond(expiresAt).toString();
    }

    @Override
    public String toString() {
        return "MailboxTotp[code=***, expiresAt=" + expiresAt + ", problem=" + problem + "]";
    }
}
