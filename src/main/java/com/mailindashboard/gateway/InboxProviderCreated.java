package com.mailindashboard.gateway;

/** P1's answer: Mailin's message and the new provider's id. */
public record InboxProviderCreated(String message, Long providerId) {
}
