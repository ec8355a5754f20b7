package com.mailindashboard.gateway;

/**
 * One domain registrar of R2's list. The documented example carries id, user_id, name, provider,
 * api_key and username; the other members are null when absent. Mailin echoes the keys: this record
 * has no member for {@code api_key} or {@code secret_api_key}, so they are dropped when the answer is read.
 */
public record Registrar(Long id, Long userId, String name, String provider, String apiUser, String username,
                        String whitelistedIp, String customerId) {
}
