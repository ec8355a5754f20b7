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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of R1 to R4 against the vendor's documented bodies. */
class RegistrarClientContractTest extends GatewayTestSupport {

    RegistrarClient client;

    @BeforeEach
    void client() {
        client = new RegistrarClient(http);
    }

    @Test
    @Covers(MailinOperation.R1)
    void addPostsOnlyTheGivenFieldsAndReadsTheNewId() {
        wireMock.stubFor(post(PUBLIC + "/domain-registrars/add").withHeader("Authorization", equalTo(AUTH))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"name": "My GoDaddy Account", "provider": "godaddy", "api_key": "xxxx",
                         "secret_api_key": "xxxx", "customer_id": "123456"}"""))
                .willReturn(aResponse().withStatus(201).withBody(body("R1-registrar-created.json"))));

        RegistrarCreated created = client.add(new RegistrarRequest("My GoDaddy Account", "godaddy", "xxxx", "xxxx",
                null, null, null, "123456"));

        assertThat(created.id()).isEqualTo(1L);
        assertThat(created.message()).isEqualTo("Domain registrar created successfully.");
        assertThat(writes).containsExactly("R1:ok");
    }

    @Test
    @Covers(MailinOperation.R2)
    void listsOnePageOfRegistrars() {
        wireMock.stubFor(get(urlPathEqualTo(PUBLIC + "/domain-registrars")).withHeader("Authorization", equalTo(AUTH))
                .withQueryParam("per_page", equalTo("10"))
                .willReturn(aResponse().withStatus(200).withBody(body("R2-registrars.json"))));

        MailinPage<Registrar> page = client.list(new PageRequest(null, 10, null));

        assertThat(page.total()).isEqualTo(50L);
        assertThat(page.lastPage()).isEqualTo(5);
        Registrar registrar = page.data().getFirst();
        assertThat(registrar.id()).isEqualTo(1L);
        assertThat(registrar.userId()).isEqualTo(5L);
        assertThat(registrar.name()).isEqualTo("My GoDaddy Account");
        assertThat(registrar.provider()).isEqualTo("godaddy");
        assertThat(registrar.username()).isEqualTo("user@example.com");
        assertThat(registrar.customerId()).isNull();
        assertThat(registrar.toString()).doesNotContain("xxxx");
        assertThat(java.util.Arrays.stream(Registrar.class.getRecordComponents()).map(c -> c.getName()))
                .doesNotContain("apiKey", "secretApiKey");
    }

    @Test
    @Covers(MailinOperation.R3)
    void updatePutsTheFields() {
        wireMock.stubFor(put(PUBLIC + "/domain-registrars/update/1").withHeader("Authorization", equalTo(AUTH))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"provider": "godaddy", "api_key": "updated_key", "secret_api_key": "updated_secret"}"""))
                .willReturn(aResponse().withStatus(200).withBody(body("R3-registrar-updated.json"))));

        MailinMessage result = client.update(1, new RegistrarRequest(null, "godaddy", "updated_key", "updated_secret",
                null, null, null, null));

        assertThat(result).isEqualTo(new MailinMessage("Registrar updated successfully.", 200));
    }

    @Test
    @Covers(MailinOperation.R4)
    void deleteRemovesTheRegistrar() {
        wireMock.stubFor(delete(PUBLIC + "/domain-registrars/1").withHeader("Authorization", equalTo(AUTH))
                .willReturn(aResponse().withStatus(200).withBody(body("R4-registrar-deleted.json"))));

        assertThat(client.delete(1).message()).isEqualTo("Registrar deleted successfully.");
        assertThat(writes).containsExactly("R4:ok");
    }

    @Test
    void requestNeverShowsSecrets() {
        RegistrarRequest request = new RegistrarRequest("NC", "namecheap", "key-123", "secret-456", "apiuser",
                "me@example.com", "65.109.237.170", null);

        assertThat(request.toString()).doesNotContain("key-123", "secret-456").contains("apiuser", "65.109.237.170");
    }
}
