package com.mailindashboard.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of Z1 to Z11 against the vendor's documented bodies. */
class AzureOrderClientContractTest extends GatewayTestSupport {

    AzureOrderClient client;

    @BeforeEach
    void client() {
        client = new AzureOrderClient(http);
    }

    @Test
    @Covers(MailinOperation.Z1)
    void addsAnAutoOrder() {
        wireMock.stubFor(post(PUBLIC + "/azure-orders/add").withHeader("Authorization", equalTo(AUTH))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"mailbox_mode": "auto", "full_name": ["John Doe","Sam Doe"], "domain": "example.com",
                         "is_purchase": 1, "provider_id": 1}"""))
                .willReturn(aResponse().withStatus(201).withBody(body("Z1-order-created.json"))));

        MailinMessage result = client.add(AzureOrderRequest.auto(List.of("John Doe", "Sam Doe"), "example.com", true,
                1L, null));

        assertThat(result.status()).isEqualTo(201);
        assertThat(result.message()).startsWith("Order processed successfully.");
        assertThat(writes).containsExactly("Z1:ok");
    }

    @Test
    @Covers(MailinOperation.Z1)
    void addsAManualOrderWithItsHundredMailboxes() {
        List<AzureOrderNewMailbox> mailboxes = IntStream.rangeClosed(1, 100)
                .mapToObj(i -> new AzureOrderNewMailbox("User " + i, "user" + i + "@example.com")).toList();
        String expected = IntStream.rangeClosed(1, 100)
                .mapToObj(i -> "{\"name\": \"User " + i + "\", \"email\": \"user" + i + "@example.com\"}")
                .collect(Collectors.joining(",", "{\"mailbox_mode\": \"manual\", \"mailboxes\": [",
                        "], \"domain\": \"example.com\", \"is_purchase\": 0, \"provider_id\": 1,"
                                + " \"domain_registrar_id\": 2}"));
        wireMock.stubFor(post(PUBLIC + "/azure-orders/add").withHeader("Authorization", equalTo(AUTH))
                .withRequestBody(equalToJson(expected))
                .willReturn(aResponse().withStatus(201).withBody(body("Z1-order-created.json"))));

        MailinMessage result = client.add(AzureOrderRequest.manual(mailboxes, "example.com", false, 1L, 2L));

        assertThat(result.status()).isEqualTo(201);
    }

    @Test
    @Covers(MailinOperation.Z1)
    void anExistingOrderIsAValidationError() {
        // the vendor documents this error body without a status; 422 is assumed
        wireMock.stubFor(post(PUBLIC + "/azure-orders/add")
                .willReturn(aResponse().withStatus(422).withBody(body("Z1-order-exists.json"))));

        assertThatThrownBy(() -> client.add(AzureOrderRequest.auto(List.of("John Doe"), "example.com", true, 1L, 1L)))
                .isInstanceOf(MailinValidationException.class)
                .extracting(e -> ((MailinException) e).upstreamMessage())
                .isEqualTo("Order already exists in your account.");
    }

    @Test
    void ordersAreCheckedBeforeTheyAreSent() {
        List<AzureOrderNewMailbox> one = List.of(new AzureOrderNewMailbox("John Doe", "john@example.com"));
        List<AzureOrderNewMailbox> foreign = IntStream.rangeClosed(1, 100)
                .mapToObj(i -> new AzureOrderNewMailbox("User " + i, "user" + i + "@other.com")).toList();

        assertThatThrownBy(() -> AzureOrderRequest.manual(one, "example.com", true, 1L, 1L))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly 100");
        assertThatThrownBy(() -> AzureOrderRequest.manual(foreign, "example.com", true, 1L, 1L))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not belong");
        assertThatThrownBy(() -> AzureOrderRequest.auto(List.of(), "example.com", true, 1L, 1L))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @Covers(MailinOperation.Z2)
    void listsOrdersWithTheirMailboxes() {
        wireMock.stubFor(get(urlPathEqualTo(PUBLIC + "/azure-orders")).withHeader("Authorization", equalTo(AUTH))
                .withQueryParam("per_page", equalTo("10"))
                .willReturn(aResponse().withStatus(200).withBody(body("Z2-orders.json"))));

        MailinPage<AzureOrder> page = client.list(new PageRequest(null, 10, null));

        assertThat(page.total()).isEqualTo(1L);
        assertThat(page.pageCount()).isEqualTo(1);
        AzureOrder order = page.data().getFirst();
        assertThat(order.id()).isEqualTo(4L);
        assertThat(order.fullName()).containsExactly("Tomer Levi");
        assertThat(order.domain()).isEqualTo("example.com");
        assertThat(order.mailboxMode()).isEqualTo("auto");
        assertThat(order.providerId()).isEqualTo(1L);
        assertThat(order.domainRegistrarId()).isEqualTo(1L);
        assertThat(order.isPurchase()).isEqualTo("0");
        assertThat(order.purchase()).isFalse();
        assertThat(order.createdAt()).isEqualTo("2026-02-12T12:36:01.000000Z");
        assertThat(order.provider()).isNull();
        assertThat(order.registrar()).isNull();
        assertThat(order.mailboxes()).extracting(AzureOrderMailbox::username).containsExactly("john@example.com");
    }

    @Test
    @Covers(MailinOperation.Z3)
    void readsTheNameservers() {
        wireMock.stubFor(get(PUBLIC + "/azure-orders/nameservers/1").withHeader("Authorization", equalTo(AUTH))
                .willReturn(aResponse().withStatus(200).withBody(body("Z3-nameservers.json"))));

        AzureOrderNameservers nameservers = client.nameservers(1);

        assertThat(nameservers.status()).isEqualTo("ready");
        assertThat(nameservers.nameservers()).containsExactly("ns1.example.com", "ns2.example.com");
    }

    @Test
    @Covers(MailinOperation.Z4)
    void readyOrderIsDone() {
        wireMock.stubFor(get(PUBLIC + "/azure-orders/status/1").withHeader("Authorization", equalTo(AUTH))
                .willReturn(aResponse().withStatus(200).withBody(body("Z4-status.json"))));

        AzureOrderStatus status = client.status(1);

        assertThat(status.id()).isEqualTo(1L);
        assertThat(status.status()).isEqualTo("ready");
        assertThat(status.ready()).isTrue();
    }

    @Test
    @Covers(MailinOperation.Z4)
    void anyOtherStatusIsInProgress() {
        // the vendor documents only the ready body; this one is the same shape with another status
        wireMock.stubFor(get(PUBLIC + "/azure-orders/status/2").willReturn(aResponse().withStatus(200)
                .withBody("{\"data\": {\"id\": 2, \"status\": \"pending\"}}")));

        assertThat(client.status(2).ready()).isFalse();
    }

    @Test
    @Covers(MailinOperation.Z5)
    void readsTheOrdersMailboxes() {
        wireMock.stubFor(get(PUBLIC + "/azure-orders/get-mailboxes/1").withHeader("Authorization", equalTo(AUTH))
                .willReturn(aResponse().withStatus(200).withBody(body("Z5-mailboxes.json"))));

        List<AzureOrderMailbox> mailboxes = client.mailboxes(1);

        assertThat(mailboxes).containsExactly(new AzureOrderMailbox("John Doe", "john@example.com", "******"));
        assertThat(mailboxes.getFirst().toString()).doesNotContain("******");
    }

    @Test
    @Covers(MailinOperation.Z6)
    void removeIsAGetThatCountsAsAWriteAndIsNeverRetried() {
        wireMock.stubFor(get(PUBLIC + "/azure-orders/remove/1").withHeader("Authorization", equalTo(AUTH))
                .willReturn(aResponse().withStatus(200).withBody(body("Z6-removed.json"))));
        wireMock.stubFor(get(PUBLIC + "/azure-orders/remove/2").willReturn(aResponse().withStatus(503)));

        assertThat(client.remove(1).message()).isEqualTo("Order deleted successfully.");
        assertThatThrownBy(() -> client.remove(2)).isInstanceOfSatisfying(MailinUnavailableException.class,
                e -> assertThat(e.outcomeUnknown()).isTrue());

        assertThat(writes).containsExactly("Z6:ok", "Z6:outcome_unknown");
        wireMock.verify(1, getRequestedFor(urlEqualTo(PUBLIC + "/azure-orders/remove/2")));
        assertThat(sleeps).isEmpty();
    }

    @Test
    @Covers(MailinOperation.Z7)
    void setsTheRedirectDomain() {
        wireMock.stubFor(post(PUBLIC + "/azure-orders/set-redirect-domain/1").withHeader("Authorization", equalTo(AUTH))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"forward_to\": \"example.com\"}"))
                .willReturn(aResponse().withStatus(200).withBody(body("Z7-redirect-domain.json"))));

        assertThat(client.setRedirectDomain(1, "example.com").message()).isEqualTo("Master domain set successfully.");
    }

    @Test
    @Covers(MailinOperation.Z8)
    void setsTheInboxProvider() {
        wireMock.stubFor(post(PUBLIC + "/azure-orders/set-inbox-provider/1").withHeader("Authorization", equalTo(AUTH))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"provider_id\": 1}"))
                .willReturn(aResponse().withStatus(200).withBody(body("Z8-provider-set.json"))));

        assertThat(client.setInboxProvider(1, 1).message()).isEqualTo("Inbox Provider set successfully.");
    }

    @Test
    @Covers(MailinOperation.Z9)
    void removesTheInboxProvider() {
        wireMock.stubFor(post(PUBLIC + "/azure-orders/remove-inbox-provider/1")
                .withHeader("Authorization", equalTo(AUTH))
                .willReturn(aResponse().withStatus(200).withBody(body("Z9-provider-removed.json"))));

        assertThat(client.removeInboxProvider(1).message()).isEqualTo("Inbox Provider removed successfully.");
        wireMock.verify(postRequestedFor(urlEqualTo(PUBLIC + "/azure-orders/remove-inbox-provider/1"))
                .withRequestBody(absent()));
    }

    @Test
    @Covers(MailinOperation.Z10)
    void triggersAReUpload() {
        wireMock.stubFor(post(PUBLIC + "/azure-orders/trigger-re-upload/1").withHeader("Authorization", equalTo(AUTH))
                .willReturn(aResponse().withStatus(200).withBody(body("Z10-re-upload.json"))));

        assertThat(client.triggerReUpload(1)).isEqualTo(new MailinMessage("Reupload triggered successfully.", 200));
        assertThat(writes).containsExactly("Z10:ok");
    }

    @Test
    @Covers(MailinOperation.Z11)
    void readsTheUploadStatusOutsideThePublicPrefix() {
        wireMock.stubFor(get("/api/v1" + "/azure-orders/get-inbox-provider-status/4")
                .withHeader("Authorization", equalTo(AUTH))
                .willReturn(aResponse().withStatus(200).withBody(body("Z11-upload-status.json"))));

        AzureOrderUploadStatus status = client.uploadStatus(4);

        assertThat(status).isEqualTo(new AzureOrderUploadStatus(100, 0, 0, 100, 0));
        assertThat(status.inProgress()).isTrue();
        assertThat(writes).isEmpty();
    }

    @Test
    @Covers(MailinOperation.Z11)
    void readsTheCamelCaseCount() {
        // same shape as the documented body, with distinct numbers so each key is seen to land in its field
        wireMock.stubFor(get("/api/v1" + "/azure-orders/get-inbox-provider-status/5").willReturn(aResponse()
                .withStatus(200).withBody("""
                        {"upload_status_summary": {"total": 100, "uploaded": 90, "alreadyExistsOtherAccount": 7,
                         "pending": 0, "failed": 3}}""")));

        AzureOrderUploadStatus status = client.uploadStatus(5);

        assertThat(status).isEqualTo(new AzureOrderUploadStatus(100, 90, 7, 0, 3));
        assertThat(status.inProgress()).isFalse();
    }
}
