package com.mailindashboard.gateway;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * P1/P3 body. Which of the optional fields a provider needs depends on the provider; the ones left
 * null are not sent. {@code toString} never shows the API key or the password.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InboxProviderRequest(String name, String provider, String apiKey, String oauthUrl, String username,
                                   String password, String workspaceId) {

    /** The provider types Mailin accepts. */
    public static final List<String> PROVIDERS = List.of("reachinbox", "plusvibe", "instantly", "manyreach",
            "smartlead");

    @Override
    public String toString() {
        return "InboxProviderRequest[name=" + name + ", provider=" + provider + ", apiKey=***, oauthUrl=" + oauthUrl
                + ", username=" + username + ", password=***, workspaceId=" + workspaceId + "]";
    }
}
