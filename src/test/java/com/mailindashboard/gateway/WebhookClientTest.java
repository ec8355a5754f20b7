package com.mailindashboard.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;

/** Webhook posts go through the gateway's WebClient stack; failures are told by exception type. */
class WebhookClientTest extends GatewayTestSupport {

    private final WebhookClient client = new WebhookClient(WebClient.builder());

    @Test
    void aReceiverThatTakesThePostIsNoError() {
        wireMock.stubFor(post("/hook").willReturn(aResponse().withStatus(204)));

        assertThat(client.post(wireMock.baseUrl() + "/hook", "{\"event\":\"job.succeeded\"}")).isNull();
        wireMock.verify(postRequestedFor(urlEqualTo("/hook")).withRequestBody(equalToJson("{\"event\":\"job.succeeded\"}")));
    }

    @Test
    void failuresAreDescribedByWhatHappened() {
        wireMock.stubFor(post("/down").willReturn(aResponse().withStatus(503)));
        wireMock.stubFor(post("/cut").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThat(client.post(wireMock.baseUrl() + "/down", "{}")).isEqualTo("HTTP 503");
        assertThat(client.post("http://127.0.0.1:1/hook", "{}")).isEqualTo("The receiver could not be reached");
        assertThat(client.post(wireMock.baseUrl() + "/cut", "{}")).startsWith("The connection to the receiver failed");
    }

    @Test
    void timeoutsAreToldByTypeWhereverTheyAreInTheChain() {
        assertThat(WebhookClient.describe(new IllegalStateException(new TimeoutException("Did not observe"))))
                .isEqualTo("The receiver did not answer in time");
        assertThat(WebhookClient.describe(new RuntimeException(new HttpTimeoutException("request timed out"))))
                .isEqualTo("The receiver did not answer in time");
        assertThat(WebhookClient.describe(new RuntimeException("wrapped", new ConnectException("refused"))))
                .isEqualTo("The receiver could not be reached");
    }
}
