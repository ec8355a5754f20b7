package com.mailindashboard.sandbox;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The demo account (U1's user object), written with the vendor's snake_case keys. */
record SandboxAccount(
        @JsonProperty("id") long id,
        @JsonProperty("username") String username,
        @JsonProperty("phone_no") String phoneNo,
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName,
        @JsonProperty("email_verified_at") String emailVerifiedAt,
        @JsonProperty("email") String email,
        @JsonProperty("org_name") String orgName,
        @JsonProperty("country_name") String countryName,
        @JsonProperty("city_name") String cityName,
        @JsonProperty("address") String address,
        @JsonProperty("postal_code") String postalCode,
        @JsonProperty("region") String region,
        @JsonProperty("country_code") String countryCode,
        @JsonProperty("country_code_name") String countryCodeName,
        @JsonProperty("mailboxes_slots") int mailboxesSlots,
        @JsonProperty("created_at") String createdAt) {
}
