package com.mailindashboard.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of P1 to P4 against the vendor's documented bodies. */
class InboxProviderClientContractTest extends GatewayTestSupport {

    InboxProviderClient client;

    @BeforeEach
    void client() {
        client = new InboxProviderClient(http);
    }

    @Test
    @Covers(MailinOperation.P1)
    void addPostsOnlyTheGivenFieldsAndReadsTheNewId() {
        wireMock.stubFor(post(PUBLIC + "/inbox-providers/add").withHeader("Authorization", equalTo(AUTH))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"name": "SmartLead Account", "provider": "smartlead", "api_key": "xxxx",
                         "oauth_url": "https://smartlead.example.com/oauth"}"""))
                .willReturn(aResponse().withStatus(201).withBody(body("P1-provider-created.json"))));

        InboxProviderCreated created = client.add(new InboxProviderRequest("SmartLead Account", "smartlead", "xxxx",
                "https://smartlead.example.com/oauth", null, null, null));

        assertThat(created.providerId()).isEqualTo(1L);
        assertThat(created.message()).isEqualTo("Provider has been successfully created.");
        assertThat(writes).containsExactly("P1:ok");
    }

    @Test
    @Covers(MailinOperation.P1)
    void rejectedProviderIsAValidationError() {
        // the vendor documents no error body for P1; this is Laravel's usual 422 shape
        wireMock.stubFor(post(PUBLIC + "/inbox-providers/add").willReturn(aResponse().withStatus(422).withBody("""
                {"message": "The selected provider is invalid.",
                 "errors": {"provider": ["The selected provider is invalid."]}}""")));

        assertThatThrownBy(() -> client.add(new InboxProviderRequest("X", "other", null, null, null, null, null)))
                .isInstanceOfSatisfying(MailinValidationException.class, e -> {
                    assertThat(e.upstreamMessage()).isEqualTo("The selected provider is invalid.");
                    assertThat(e.fieldErrors()).containsKey("provider");
                });
    }

    @Test
    @Covers(MailinOperation.P2)
    void listsOnePageOfProviders() {
        wireMock.stubFor(get(urlPathEqualTo(PUBLIC + "/inbox-providers")).withHeader("Authorization", equalTo(AUTH))
                .withQueryParam("per_page", equalTo("10"))
                .willReturn(aResponse().withStatus(200).withBody(body("P2-providers.json"))));

        MailinPage<InboxProvider> page = client.list(new PageRequest(null, 10, null));

        assertThat(page.total()).isEqualTo(50L);
        assertThat(page.pageCount()).isEqualTo(5);
        assertThat(page.hasNext()).isTrue();
        InboxProvider provider = page.data().getFirst();
        assertThat(provider.id()).isEqualTo(1L);
        assertThat(provider.userId()).isEqualTo(5L);
        assertThat(provider.name()).isEqualTo("SmartLead Account");
        assertThat(provider.provider()).isEqualTo("smartlead");
        assertThat(provider.oauthUrl()).isEqualTo("https://smartlead.example.com/oauth");
        assertThat(provider.username()).isNull();
        assertThat(provider.workspaceId()).isNull();
        // Mailin echoes the key; the record drops it, so nothing downstream can show it
        assertThat(provider.toString()).doesNotContain("xxxxxx");
        assertThat(java.util.Arrays.stream(InboxProvider.class.getRecordComponents()).map(c -> c.getName()))
                .doesNotContain("apiKey");
    }

    @Test
    @Covers(MailinOperation.P3)
    void updatePutsTheFields() {
        wireMock.stubFor(put(PUBLIC + "/inbox-providers/update/1").withHeader("Authorization", equalTo(AUTH))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"provider": "smartlead", "api_key": "updated_key",
                         "oauth_url": "https://smartlead.example.com/oauth"}"""))
                .willReturn(aResponse().withStatus(200).withBody(body("P3-provider-updated.json"))));

        MailinMessage result = client.update(1, new InboxProviderRequest(null, "smartlead", "updated_key",
                "https://smartlead.example.com/oauth", null, null, null));

        assertThat(result).isEqualTo(new MailinMessage("Provider updated successfully.", 200));
    }

    @Test
    @Covers(MailinOperation.P4)
    void deleteRemovesTheProvider() {
        wireMock.stubFor(delete(PUBLIC + "/inbox-providers/delete/1").withHeader("Authorization", equalTo(AUTH))
                .willReturn(aResponse().withStatus(200).withBody(body("P4-provider-deleted.json"))));

        assertThat(client.delete(1).message()).isEqualTo("Provider deleted successfully.");
        assertThat(writes).containsExactly("P4:ok");
    }

    @Test
    @Covers(MailinOperation.P4)
    void deletingAnUnknownProviderIsNotFound() {
        wireMock.stubFor(delete(PUBLIC + "/inbox-providers/delete/999").willReturn(aResponse().withStatus(404)
                .withBody("{\"message\": \"Not found.\"}")));

        assertThatThrownBy(() -> client.delete(999)).isInstanceOf(MailinNotFoundException.class);
    }

    @Test
    void requestNeverShowsSecrets() {
        InboxProviderRequest request = new InboxProviderRequest("PlusVibe", "plusvibe", "key-123", null,
                "me@example.com", "pass-456", "ws-1");

        assertThat(request.toString()).doesNotContain("key-123", "pass-456").contains("me@example.com", "ws-1");
    }
}
