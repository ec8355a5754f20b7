package com.mailindashboard.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReadSharingTest extends GatewayTestSupport {

    @BeforeEach
    void keepSlowReads() {
        http = newHttp(Map.of(), MailinSettings.bind("base-url", wireMock.baseUrl(),
                "connect-timeout", "2s", "response-timeout", "3s", "rate-limit.per-second", "1000",
                "rate-limit.max-wait", "5s", "rate-limit.keep-slow-reads", "1m"));
    }

    @Test
    void identicalReadsInFlightShareOneUpstreamCall() throws Exception {
        wireMock.stubFor(get(urlPathEqualTo(PUBLIC + "/domains")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(400).withBody("{\"data\": [], \"total\": 0}")));
        int callers = 6;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<MailinResponse>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < callers; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return http.call(MailinRequest.to(MailinOperation.D3).query("page", 1));
                }));
            }
            start.countDown();
            for (Future<MailinResponse> answer : answers) {
                assertThat(answer.get().status()).isEqualTo(200);
            }
        }
        wireMock.verify(1, getRequestedFor(urlPathEqualTo(PUBLIC + "/domains")));
        assertThat(meters.get("mailin.reads.coalesced").counter().count()).isEqualTo(callers - 1);

        // a list is never kept: asked again once nobody else is asking, it goes upstream
        http.call(MailinRequest.to(MailinOperation.D3).query("page", 1));
        wireMock.verify(2, getRequestedFor(urlPathEqualTo(PUBLIC + "/domains")));
    }

    @Test
    void slowChangingReadsAreKeptUntilAWrite() {
        wireMock.stubFor(get(PUBLIC + "/get-credits").willReturn(aResponse().withStatus(200)
                .withBody("{\"total_credits\": 120}")));
        wireMock.stubFor(post(PUBLIC + "/verify-single-email").willReturn(aResponse().withStatus(200)
                .withBody("{\"status\": \"ok\"}")));
        http.call(MailinRequest.to(MailinOperation.V7));
        http.call(MailinRequest.to(MailinOperation.V7));
        wireMock.verify(1, getRequestedFor(urlPathEqualTo(PUBLIC + "/get-credits")));
        assertThat(meters.get("mailin.reads.cache").tag("result", "hit").counter().count()).isEqualTo(1);

        http.call(MailinRequest.to(MailinOperation.V1).json(Map.of("email", "a@b.co", "type", "standard")));
        http.call(MailinRequest.to(MailinOperation.V7));
        wireMock.verify(2, getRequestedFor(urlPathEqualTo(PUBLIC + "/get-credits")));
    }

    @Test
    void aFailureIsSharedWithTheCallersWaitingButNeverKept() {
        wireMock.stubFor(get(PUBLIC + "/get-credits").willReturn(aResponse().withStatus(404)));
        assertThatThrownBy(() -> http.call(MailinRequest.to(MailinOperation.V7)))
                .isInstanceOf(MailinNotFoundException.class);
        assertThatThrownBy(() -> http.call(MailinRequest.to(MailinOperation.V7)))
                .isInstanceOf(MailinNotFoundException.class);
        wireMock.verify(2, getRequestedFor(urlPathEqualTo(PUBLIC + "/get-credits")));
    }
}
