package com.mailindashboard.gateway;

/** A mailbox of an Azure order (Z2, Z5). {@code toString} never shows the password. */
public record AzureOrderMailbox(String name, String username, String password) {

    @Override
    public String toString() {
        return "AzureOrderMailbox[name=" + name + ", username=" + username + ", password=***]";
    }
}
