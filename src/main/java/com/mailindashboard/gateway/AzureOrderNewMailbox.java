package com.mailindashboard.gateway;

/** One mailbox of a manual Z1 order: the user's name and an address on the order's domain. */
public record AzureOrderNewMailbox(String name, String email) {
}
