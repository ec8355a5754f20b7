package com.mailindashboard.gateway;

/** One Google mailbox to create (G7): the full address and the display first and last name. */
public record NewGoogleMailbox(String username, String firstName, String lastName) {
}
