package com.mailindashboard.gateway;

import java.io.Serializable;

/** U1's user object. Numbers arrive as strings or numbers, so counts are read leniently. */
public record MailinUser(
        String id,
        String username,
        String phoneNo,
        String firstName,
        String lastName,
        String emailVerifiedAt,
        String email,
        String orgName,
        String countryName,
        String cityName,
        String address,
        String postalCode,
        String region,
        String countryCode,
        String countryCodeName,
        String mailboxesSlots,
        String createdAt) implements Serializable {

    public String displayName() {
        String full = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        return full.isEmpty() ? username : full;
    }
}
