package com.mailindashboard.gateway;

/** Body {@code {signature}} of G12. */
record MailboxSignatureRequest(String signature) {
}
