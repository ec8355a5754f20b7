package com.mailindashboard.gateway;

/** The answer of a write that only says what happened: Mailin's message and the status (200, 201, 210). */
public record MailinMessage(String message, int status) {
}
