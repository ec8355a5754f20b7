package com.mailindashboard.gateway;

/** Body {@code {name}} of M5 and G9. */
record MailboxNameRequest(String name) {
}
