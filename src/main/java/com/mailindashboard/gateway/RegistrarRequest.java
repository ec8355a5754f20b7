package com.mailindashboard.gateway;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * R1/R3 body. {@code apiUser}, {@code username} and {@code whitelistedIp} are for Namecheap,
 * {@code customerId} for GoDaddy resellers; fields left null are not sent. {@code toString} never
 * shows the keys.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegistrarRequest(String name, String provider, String apiKey, String secretApiKey, String apiUser,
                               String username, String whitelistedIp, String customerId) {

    /** The registrar types Mailin accepts. */
    public static final List<String> PROVIDERS = List.of("porkbun", "namecheap", "godaddy", "spaceship");

    @Override
    public String toString() {
        return "RegistrarRequest[name=" + name + ", provider=" + provider + ", apiKey=***, secretApiKey=***, apiUser="
                + apiUser + ", username=" + username + ", whitelistedIp=" + whitelistedIp + ", customerId="
                + customerId + "]";
    }
}
