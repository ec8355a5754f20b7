package com.mailindashboard.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The cross-cutting rules of every call: retries, re-login, error mapping, metrics, paths. */
class MailinHttpTest extends GatewayTestSupport {

    @Test
    void readsAreRetriedOnTransientFailuresWithGrowingBackoff() {
        wireMock.stubFor(get(PUBLIC + "/servers").inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("second"));
        wireMock.stubFor(get(PUBLIC + "/servers").inScenario("flaky").whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(310).withBody("{\"message\": \"try again\"}"))
                .willSetStateTo("third"));
        wireMock.stubFor(get(PUBLIC + "/servers").inScenario("flaky").whenScenarioStateIs("third")
                .willReturn(aResponse().withStatus(200).withBody("[]")));

        MailinResponse response = http.call(MailinRequest.to(MailinOperation.S1));

        assertThat(response.status()).isEqualTo(200);
        wireMock.verify(3, getRequestedFor(urlEqualTo(PUBLIC + "/servers")));
        assertThat(sleeps).hasSize(2);
        assertThat(sleeps.get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
        assertThat(sleeps.get(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void readsGiveUpAfterThreeRetries() {
        wireMock.stubFor(get(PUBLIC + "/servers").willReturn(aResponse().withStatus(502)));

        assertThatThrownBy(() -> http.call(MailinRequest.to(MailinOperation.S1)))
                .isInstanceOfSatisfying(MailinUnavailableException.class, e -> {
                    assertThat(e.status()).isEqualTo(502);
                    assertThat(e.outcomeUnknown()).isFalse();
                });
        wireMock.verify(4, getRequestedFor(urlEqualTo(PUBLIC + "/servers")));
    }

    @Test
    void writesAreNeverRetriedAndA5xxLeavesTheirOutcomeUnknown() {
        wireMock.stubFor(post(PUBLIC + "/domains/buy").willReturn(aResponse().withStatus(500)));

        assertThatThrownBy(() -> http.call(MailinRequest.to(MailinOperation.D6).json(Map.of("domain_name", "a.com"))))
                .isInstanceOfSatisfying(MailinUnavailableException.class,
                        e -> assertThat(e.outcomeUnknown()).isTrue());
        wireMock.verify(1, postRequestedFor(urlEqualTo(PUBLIC + "/domains/buy")));
        assertThat(sleeps).isEmpty();
        assertThat(writes).containsExactly("D6:outcome_unknown");
    }

    @Test
    void aWriteThatTimesOutHasAnUnknownOutcome() {
        http = newHttp(Map.of(), MailinSettings.bind("base-url", wireMock.baseUrl(),
                "connect-timeout", "1s", "response-timeout", "300ms"));
        wireMock.stubFor(post(PUBLIC + "/domains/buy").willReturn(aResponse().withStatus(210)
                .withFixedDelay(1500).withBody("{\"uuid\": \"late\"}")));

        assertThatThrownBy(() -> http.call(MailinRequest.to(MailinOperation.D6).json(Map.of("domain_name", "a.com"))))
                .isInstanceOfSatisfying(MailinUnavailableException.class, e -> {
                    assertThat(e.outcomeUnknown()).isTrue();
                    assertThat(e.getMessage()).contains("did not answer in time");
                });
        wireMock.verify(1, postRequestedFor(urlEqualTo(PUBLIC + "/domains/buy")));
    }

    @Test
    void aConnectionDroppedMidAnswerLeavesTheWriteUnknown() {
        wireMock.stubFor(post(PUBLIC + "/domains/buy").willReturn(aResponse()
                .withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> http.call(MailinRequest.to(MailinOperation.D6).json(Map.of("domain_name", "a.com"))))
                .isInstanceOfSatisfying(MailinUnavailableException.class, e -> {
                    assertThat(e.outcomeUnknown()).isTrue();
                    assertThat(e.getMessage()).doesNotContain("did not answer in time");
                });
    }

    @Test
    void a429PausesTheBudgetARetriedReadWaitsItOutAndAWriteIsKnownNotDone() {
        wireMock.stubFor(get(PUBLIC + "/servers").inScenario("slow").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
                .willSetStateTo("calm"));
        wireMock.stubFor(get(PUBLIC + "/servers").inScenario("slow").whenScenarioStateIs("calm")
                .willReturn(aResponse().withStatus(200).withBody("[]")));
        long start = System.nanoTime();
        assertThat(http.call(MailinRequest.to(MailinOperation.S1)).status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        assertThat(meters.get("mailin.budget.pauses").counter().count()).isEqualTo(1);

        wireMock.stubFor(post(PUBLIC + "/domains/buy").willReturn(aResponse().withStatus(429)));
        assertThatThrownBy(() -> http.call(MailinRequest.to(MailinOperation.D6).json(Map.of("domain_name", "a.com"))))
                .isInstanceOfSatisfying(MailinUnavailableException.class, e -> {
                    assertThat(e.outcome()).isEqualTo("slow_down");
                    assertThat(e.outcomeUnknown()).isFalse();
                });
        wireMock.verify(1, postRequestedFor(urlEqualTo(PUBLIC + "/domains/buy")));
    }

    @Test
    void aWriteThatNeverConnectedIsKnownNotToHaveHappened() {
        connections = new InMemoryConnectionSource("http://127.0.0.1:1", new MailinToken(TOKEN, "1"));
        http = new MailinHttp(org.springframework.web.reactive.function.client.WebClient.builder().build(),
                MailinSettings.bind("base-url", "http://127.0.0.1:1"),
                new MailinEndpoints(Map.of()), connections, new MailinSession(connections),
                new UpstreamBudget(50, 0.3, 0.2, meters), meters,
                (r, s, f) -> { }, sleeps::add);

        assertThatThrownBy(() -> http.call(MailinRequest.to(MailinOperation.D6).json(Map.of("domain_name", "a.com"))))
                .isInstanceOfSatisfying(MailinUnavailableException.class, e -> {
                    assertThat(e.outcomeUnknown()).isFalse();
                    assertThat(e.status()).isNull();
                });
    }

    /** Issue 7 item 9: a page's read has one deadline, retries included; background reads keep the long timeouts. */
    @Test
    void aPagesReadGivesUpAtThePageDeadlineWhileBackgroundReadsWait() {
        http = newHttp(Map.of(), MailinSettings.bind("base-url", wireMock.baseUrl(),
                "connect-timeout", "1s", "response-timeout", "3s", "rate-limit.per-second", "1000",
                "rate-limit.max-wait", "5s", "rate-limit.keep-slow-reads", "0s", "retry.max-retries", "3",
                "retry.initial-backoff", "100ms", "retry.max-backoff", "2s", "page-deadline", "800ms"));
        wireMock.stubFor(get(PUBLIC + "/servers").willReturn(aResponse().withStatus(200).withFixedDelay(1500)
                .withBody("[]")));

        try (UpstreamLanes.Scope page = UpstreamLanes.enter(UpstreamLane.PAGE)) {
            assertThatThrownBy(() -> http.call(MailinRequest.to(MailinOperation.S1)))
                    .isInstanceOfSatisfying(MailinUnavailableException.class, e -> {
                        assertThat(e.tooSlow()).isTrue();
                        assertThat(e.outcome()).isEqualTo("slow");
                        assertThat(e.outcomeUnknown()).isFalse();
                    });
        }
        wireMock.verify(1, getRequestedFor(urlEqualTo(PUBLIC + "/servers")));
        assertThat(sleeps).as("no retry once the deadline is spent").isEmpty();

        // the job poller, an export: no page scope, the full response timeout
        assertThat(http.call(MailinRequest.to(MailinOperation.S1)).status()).isEqualTo(200);
    }

    @Test
    void aScopeInheritedByAThreadOutlivingItsPageNoLongerCounts() throws Exception {
        http = newHttp(Map.of(), MailinSettings.bind("base-url", wireMock.baseUrl(),
                "connect-timeout", "1s", "response-timeout", "3s", "page-deadline", "500ms"));
        wireMock.stubFor(get(PUBLIC + "/servers").willReturn(aResponse().withStatus(200).withFixedDelay(1000)
                .withBody("[]")));
        Thread[] pooled = new Thread[1];
        CountDownLatch pageEnded = new CountDownLatch(1);
        List<Object> results = new ArrayList<>();
        try (UpstreamLanes.Scope page = UpstreamLanes.enter(UpstreamLane.PAGE)) {
            pooled[0] = new Thread(() -> {
                try {
                    pageEnded.await();
                    results.add(http.call(MailinRequest.to(MailinOperation.S1)).status());
                } catch (Exception e) {
                    results.add(e);
                }
            });
            pooled[0].start();
        }
        pageEnded.countDown();
        pooled[0].join(10_000);
        assertThat(results).containsExactly(200);
    }

    /** Issue 7 item 15: braces and template syntax in a filter are values, never URI template variables. */
    @Test
    void queryValuesAreEncodedAsValuesNotExpandedAsTemplates() {
        wireMock.stubFor(get(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(PUBLIC + "/domains"))
                .willReturn(aResponse().withStatus(200).withBody("{\"data\": []}")));

        for (String filter : List.of("{x}", "${7*7}", "a+b&c=d #{}", "é%20")) {
            http.call(MailinRequest.to(MailinOperation.D3).query("name", filter).query("page", 1));
            wireMock.verify(getRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(
                    PUBLIC + "/domains")).withQueryParam("name", equalTo(filter)));
        }
    }

    @Test
    void a401LogsInOnceAndRetriesTheCallOnce() {
        wireMock.stubFor(get(PUBLIC + "/servers").withHeader("Authorization", equalTo(AUTH))
                .willReturn(aResponse().withStatus(401).withBody("{\"message\": \"Unauthenticated.\"}")));
        wireMock.stubFor(post(PUBLIC + "/auth/login").willReturn(aResponse().withStatus(200)
                .withBody("{\"user_id\": 1, \"token\": \"2|renewed\"}")));
        wireMock.stubFor(get(PUBLIC + "/servers").withHeader("Authorization", equalTo("Bearer 2|renewed"))
                .willReturn(aResponse().withStatus(200).withBody("[]")));

        http.call(MailinRequest.to(MailinOperation.S1));
        http.call(MailinRequest.to(MailinOperation.S1));

        wireMock.verify(1, postRequestedFor(urlEqualTo(PUBLIC + "/auth/login")));
        wireMock.verify(3, getRequestedFor(urlEqualTo(PUBLIC + "/servers")));
        assertThat(connections.stored).containsExactly(new MailinToken("2|renewed", "1"));
    }

    @Test
    void aLoginWhoseAnswerIsLostIsNoUnknownOutcomeAndTheReadTriesAgain() {
        wireMock.stubFor(get(PUBLIC + "/servers").withHeader("Authorization", equalTo(AUTH))
                .willReturn(aResponse().withStatus(401)));
        wireMock.stubFor(post(PUBLIC + "/auth/login").inScenario("login").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(502)).willSetStateTo("up"));
        wireMock.stubFor(post(PUBLIC + "/auth/login").inScenario("login").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200).withBody("{\"user_id\": 1, \"token\": \"2|renewed\"}")));
        wireMock.stubFor(get(PUBLIC + "/servers").withHeader("Authorization", equalTo("Bearer 2|renewed"))
                .willReturn(aResponse().withStatus(200).withBody("[]")));

        assertThat(http.call(MailinRequest.to(MailinOperation.S1)).status()).isEqualTo(200);
        wireMock.verify(2, postRequestedFor(urlEqualTo(PUBLIC + "/auth/login")));
        assertThat(MailinOperation.A1.lostAnswerMatters()).isFalse();
        assertThat(MailinOperation.D6.lostAnswerMatters()).isTrue();
    }

    @Test
    void concurrentCallsRefusedWithTheSameTokenShareOneLogin() throws Exception {
        wireMock.stubFor(get(PUBLIC + "/servers").withHeader("Authorization", equalTo(AUTH))
                .willReturn(aResponse().withStatus(401)));
        wireMock.stubFor(post(PUBLIC + "/auth/login").willReturn(aResponse().withStatus(200).withFixedDelay(300)
                .withBody("{\"user_id\": 1, \"token\": \"2|renewed\"}")));
        wireMock.stubFor(get(PUBLIC + "/servers").withHeader("Authorization", equalTo("Bearer 2|renewed"))
                .willReturn(aResponse().withStatus(200).withBody("[]")));
        int callers = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<MailinResponse>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(callers)) {
            for (int i = 0; i < callers; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return http.call(MailinRequest.to(MailinOperation.S1));
                }));
            }
            start.countDown();
            for (Future<MailinResponse> result : results) {
                assertThat(result.get().status()).isEqualTo(200);
            }
        }
        wireMock.verify(1, postRequestedFor(urlEqualTo(PUBLIC + "/auth/login")));
    }

    @Test
    void a401AfterLoggingInAgainIsUnauthorized() {
        wireMock.stubFor(get(PUBLIC + "/servers").willReturn(aResponse().withStatus(401)));
        wireMock.stubFor(post(PUBLIC + "/auth/login").willReturn(aResponse().withStatus(200)
                .withBody("{\"user_id\": 1, \"token\": \"2|renewed\"}")));

        assertThatThrownBy(() -> http.call(MailinRequest.to(MailinOperation.S1)))
                .isInstanceOf(MailinUnauthorizedException.class);
        wireMock.verify(2, getRequestedFor(urlEqualTo(PUBLIC + "/servers")));
    }

    @Test
    void statusesMapToTheErrorHierarchy() {
        Map<Integer, Class<? extends MailinException>> expected = Map.of(
                311, MailinRefusedException.class,
                312, MailinSubscriptionRequiredException.class,
                313, MailinIncompleteException.class,
                404, MailinNotFoundException.class,
                422, MailinValidationException.class,
                418, MailinUnavailableException.class);
        expected.forEach((status, type) -> {
            wireMock.stubFor(post(PUBLIC + "/domains/forward").willReturn(aResponse().withStatus(status)
                    .withBody("{\"message\": \"status " + status + "\"}")));
            assertThatThrownBy(() -> http.call(MailinRequest.to(MailinOperation.D13).json(Map.of("domain_id", 1))))
                    .isInstanceOf(type)
                    .extracting(e -> ((MailinException) e).upstreamMessage())
                    .isEqualTo("status " + status);
        });
    }

    @Test
    void validationCarriesUnavailableNamesWhetherObjectOrArrayAndFieldErrors() {
        wireMock.stubFor(post(PUBLIC + "/domains/buy").willReturn(aResponse().withStatus(422).withBody("""
                {"message": "The requested domain(s) are unavailable.", "unavailable": {"domain": "a.com"}}""")));
        wireMock.stubFor(post(PUBLIC + "/domains/buy-multiple").willReturn(aResponse().withStatus(422).withBody("""
                {"message": "The given data was invalid.", "unavailable": ["a.com", "b.co"],
                 "errors": {"domain_names.0": ["The TLD is not allowed."]}}""")));

        assertThatThrownBy(() -> http.call(MailinRequest.to(MailinOperation.D6).json(Map.of("domain_name", "a.com"))))
                .isInstanceOfSatisfying(MailinValidationException.class,
                        e -> assertThat(e.unavailable()).containsExactly("a.com"));
        assertThatThrownBy(() -> http.call(MailinRequest.to(MailinOperation.D8).json(Map.of())))
                .isInstanceOfSatisfying(MailinValidationException.class, e -> {
                    assertThat(e.unavailable()).containsExactly("a.com", "b.co");
                    assertThat(e.fieldErrors()).containsEntry("domain_names.0", List.of("The TLD is not allowed."));
                });
    }

    @Test
    void aTimerIsRecordedPerOperationAndOutcome() {
        wireMock.stubFor(get(PUBLIC + "/servers").willReturn(aResponse().withStatus(200).withBody("[]")));
        wireMock.stubFor(get(PUBLIC + "/servers/9").willReturn(aResponse().withStatus(404)));

        http.call(MailinRequest.to(MailinOperation.S1));
        assertThatThrownBy(() -> http.call(MailinRequest.to(MailinOperation.S2).path("server_id", 9)));

        assertThat(meters.get("mailin.client.requests").tag("operation", "S1").tag("outcome", "success")
                .timer().count()).isEqualTo(1);
        assertThat(meters.get("mailin.client.requests").tag("operation", "S2").tag("outcome", "not_found")
                .timer().count()).isEqualTo(1);
    }

    @Test
    void pathsCanBeOverriddenByConfiguration() {
        http = newHttp(Map.of("domain.delete", "/domains/delete/{domain_id}", "azure-order-upload-status",
                        "!/v2/upload-status/{id}"),
                MailinSettings.bind("base-url", wireMock.baseUrl()));
        wireMock.stubFor(com.github.tomakehurst.wiremock.client.WireMock.delete(PUBLIC + "/domains/delete/5")
                .willReturn(aResponse().withStatus(200).withBody("{\"message\": \"deleted\"}")));
        wireMock.stubFor(get("/api/v1/v2/upload-status/3").willReturn(aResponse().withStatus(200).withBody("{}")));

        assertThat(http.call(MailinRequest.to(MailinOperation.D11).path("domain_id", 5)).message()).isEqualTo("deleted");
        assertThat(http.call(MailinRequest.to(MailinOperation.Z11).path("id", 3)).status()).isEqualTo(200);
    }

    @Test
    void theLocalRateLimiterRefusesWithItsOwnOutcomeAndSendsNothing() {
        http = newHttp(Map.of(), MailinSettings.bind("base-url", wireMock.baseUrl(),
                "rate-limit.per-second", "1", "rate-limit.max-wait", "50ms", "rate-limit.keep-slow-reads", "0s"));
        wireMock.stubFor(get(PUBLIC + "/servers").willReturn(aResponse().withStatus(200).withBody("[]")));

        http.call(MailinRequest.to(MailinOperation.S1));
        assertThatThrownBy(() -> http.call(MailinRequest.to(MailinOperation.S1)))
                .isInstanceOfSatisfying(MailinUnavailableException.class, e -> {
                    assertThat(e.outcome()).isEqualTo("rate_limited");
                    assertThat(e.transientFailure()).isFalse();
                });
        wireMock.verify(1, getRequestedFor(urlEqualTo(PUBLIC + "/servers")));
    }

    @Test
    void anUnknownEndpointOverrideIsRefusedAtStart() {
        assertThatThrownBy(() -> new MailinEndpoints(Map.of("domain-remove", "/x")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("domain-remove");
    }
}
