package com.mailindashboard.gateway;

/** Body {@code {forwarding_email}} of G14 and G15. */
record MailboxForwardingRequest(String forwardingEmail) {
}
