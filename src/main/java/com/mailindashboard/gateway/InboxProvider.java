package com.mailindashboard.gateway;

/** One inbox provider of P2's list. Mailin echoes the API key; {@code toString} does not. */
public record InboxProvider(Long id, Long userId, String name, String provider, String apiKey, String oauthUrl,
                            String username, String workspaceId) {

    @Override
    public String toString() {
        return "InboxProvider[id=" + id + ", name=" + name + ", provider=" + provider + ", apiKey=***, oauthUrl="
                + oauthUrl + ", username=" + username + ", workspaceId=" + workspaceId + "]";
    }
}
