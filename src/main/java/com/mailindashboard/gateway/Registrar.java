package com.mailindashboard.gateway;

/**
 * One domain registrar of R2's list. The documented example carries only id, user_id, name,
 * provider, api_key and username; the other members are null when absent. {@code toString}
 * never shows the keys.
 */
public record Registrar(Long id, Long userId, String name, String provider, String apiKey, String secretApiKey,
                        String apiUser, String username, String whitelistedIp, String customerId) {

    @Override
    public String toString() {
        return "Registrar[id=" + id + ", name=" + name + ", provider=" + provider + ", apiKey=***, secretApiKey=***"
                + ", apiUser=" + apiUser + ", username=" + username + ", whitelistedIp=" + whitelistedIp
                + ", customerId=" + customerId + "]";
    }
}
