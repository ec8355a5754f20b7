package com.mailindashboard.gateway;

/** A bearer token and the user it belongs to (A1's answer). */
public record MailinToken(String token, String userId) {

    @Override
    public String toString() {
        return "MailinToken[userId=" + userId + ", token=***]";
    }
}
