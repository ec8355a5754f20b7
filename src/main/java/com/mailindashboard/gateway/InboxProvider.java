package com.mailindashboard.gateway;

/**
 * One inbox provider of P2's list. Mailin echoes the API key in the list; this record has no member
 * for it, so the key is dropped when the answer is read and can reach no page, log line or audit row.
 */
public record InboxProvider(Long id, Long userId, String name, String provider, String oauthUrl, String username,
                            String workspaceId) {
}
