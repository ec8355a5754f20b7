package com.mailindashboard.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of A1, A2 and U1 against the vendor's documented bodies. */
class AccountClientContractTest extends GatewayTestSupport {

    AccountClient client;

    @BeforeEach
    void client() {
        client = new AccountClient(http, session);
    }

    @Test
    @Covers(MailinOperation.A1)
    void loginPostsCredentialsAsJsonAndReadsTheToken() {
        wireMock.stubFor(post(PUBLIC + "/auth/login")
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"email": "user@example.com", "password": "your-secure-password",
                         "device_name": "My-Awesome-App"}"""))
                .willReturn(aResponse().withStatus(200).withBody(body("A1-login.json"))));

        MailinToken token = client.login(connections.connection().orElseThrow());

        assertThat(token.token()).isEqualTo(TOKEN);
        assertThat(token.userId()).isEqualTo("1");
        wireMock.verify(postRequestedFor(urlEqualTo(PUBLIC + "/auth/login")).withoutHeader("Authorization"));
    }

    @Test
    @Covers(MailinOperation.A1)
    void rejectedLoginIsUnauthorized() {
        wireMock.stubFor(post(PUBLIC + "/auth/login").willReturn(aResponse().withStatus(422)
                .withBody("{\"message\": \"The provided credentials are incorrect.\"}")));

        assertThatThrownBy(() -> client.login(connections.connection().orElseThrow()))
                .isInstanceOf(MailinUnauthorizedException.class)
                .extracting(e -> ((MailinException) e).upstreamMessage())
                .isEqualTo("The provided credentials are incorrect.");
    }

    @Test
    @Covers(MailinOperation.A2)
    void documentationIsReturnedAsSent() {
        wireMock.stubFor(get(PUBLIC + "/documentation").withHeader("Authorization", equalTo(AUTH))
                .willReturn(aResponse().withStatus(200).withBody("{\"version\": \"v1\"}")));

        assertThat(client.documentation()).isEqualTo("{\"version\": \"v1\"}");
    }

    @Test
    @Covers(MailinOperation.U1)
    void userDetailsAreTyped() {
        wireMock.stubFor(get(PUBLIC + "/users/1").withHeader("Authorization", equalTo(AUTH))
                .willReturn(aResponse().withStatus(200).withBody(body("U1-user.json"))));

        MailinUser user = client.user("1");

        assertThat(user.orgName()).isEqualTo("ACME Corporation");
        assertThat(user.displayName()).isEqualTo("John Doe");
        assertThat(user.mailboxesSlots()).isEqualTo("50");
        assertThat(user.email()).isEqualTo("user@example.com");
        assertThat(user.createdAt()).isEqualTo("2023-10-26T09:30:00.000000Z");
    }

    @Test
    @Covers(MailinOperation.U1)
    void testConnectionLogsInAfreshThenReadsTheUser() {
        wireMock.stubFor(post(PUBLIC + "/auth/login").willReturn(aResponse().withStatus(200)
                .withBody("{\"user_id\": 7, \"token\": \"7|fresh\"}")));
        wireMock.stubFor(get(PUBLIC + "/users/7").withHeader("Authorization", equalTo("Bearer 7|fresh"))
                .willReturn(aResponse().withStatus(200).withBody(body("U1-user.json"))));

        MailinUser user = client.testConnection();

        assertThat(user.username()).isEqualTo("johndoe");
        assertThat(connections.stored).containsExactly(new MailinToken("7|fresh", "7"));
        wireMock.verify(1, getRequestedFor(urlEqualTo(PUBLIC + "/users/7")));
    }
}
