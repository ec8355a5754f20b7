package com.mailindashboard.gateway;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Base of the gateway's WireMock tests: a real {@link MailinHttp} (real WebClient, real JSON
 * handling) pointed at WireMock, with a token already stored, retries without real pauses and a
 * listener that records every write. No Spring context: these run in milliseconds.
 */
abstract class GatewayTestSupport {

    static final String TOKEN = "1|LPQJJwsJTM3mEu49zYfhyFQszC7ZLgPyBHEJsDiO7aa1980c";
    static final String AUTH = "Bearer " + TOKEN;
    static final String PUBLIC = "/api/v1/public";

    static WireMockServer wireMock;

    InMemoryConnectionSource connections;
    MailinSession session;
    MailinHttp http;
    SimpleMeterRegistry meters;
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    final List<String> writes = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startWireMock() {
        wireMock = new WireMockServer(wireMockConfig().dynamicPort());
        wireMock.start();
    }

    @AfterAll
    static void stopWireMock() {
        wireMock.stop();
    }

    @BeforeEach
    void setUpGateway() {
        wireMock.resetAll();
        http = newHttp(Map.of(), MailinSettings.bind("base-url", wireMock.baseUrl(),
                "connect-timeout", "2s", "response-timeout", "3s", "rate-limit.per-second", "1000",
                "rate-limit.max-wait", "5s", "rate-limit.keep-slow-reads", "0s", "retry.max-retries", "3",
                "retry.initial-backoff", "100ms", "retry.max-backoff", "2s"));
    }

    MailinHttp newHttp(Map<String, String> endpointOverrides, MailinProperties properties) {
        connections = new InMemoryConnectionSource(wireMock.baseUrl(), new MailinToken(TOKEN, "1"));
        session = new MailinSession(connections);
        meters = new SimpleMeterRegistry();
        UpstreamBudget limiter = new UpstreamBudget(properties.rateLimit().perSecond(), 0.3, 0.2, meters);
        return new MailinHttp(MailinWebClients.create(WebClient.builder(), properties), properties, new MailinEndpoints(endpointOverrides),
                connections, session, limiter, meters,
                (request, response, failure) -> writes.add(request.operation() + ":"
                        + (failure == null ? "ok" : failure.outcome())),
                sleeps::add);
    }

    /** A documented body from {@code src/test/resources/mailin/}, byte for byte. */
    static String body(String file) {
        try (var in = GatewayTestSupport.class.getResourceAsStream("/mailin/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("No documented body mailin/" + file);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static <T> List<T> listOf(Iterable<T> items) {
        List<T> list = new ArrayList<>();
        items.forEach(list::add);
        return list;
    }
}
