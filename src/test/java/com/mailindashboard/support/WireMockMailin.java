package com.mailindashboard.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A WireMock standing in for Mailin for whole-application tests: one server per test JVM, the
 * application's connection pointed at it through the environment-managed settings.
 */
public final class WireMockMailin {

    public static final String PUBLIC = "/api/v1/public";
    private static final WireMockServer SERVER = new WireMockServer(wireMockConfig().dynamicPort());

    static {
        SERVER.start();
        Runtime.getRuntime().addShutdownHook(new Thread(SERVER::stop));
    }

    private WireMockMailin() {
    }

    public static WireMockServer server() {
        return SERVER;
    }

    /** Points the application at this WireMock with fixed credentials, fast timeouts and no automatic polling. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("mailin.base-url", SERVER::baseUrl);
        registry.add("mailin.email", () -> "ops@example.com");
        registry.add("mailin.password", () -> "mailin-password");
        registry.add("mailin.response-timeout", () -> "1500ms");
        registry.add("mailin.retry.initial-backoff", () -> "10ms");
        registry.add("mailin.retry.max-backoff", () -> "20ms");
        registry.add("dashboard.jobs.start-delay", () -> "1h");
        registry.add("dashboard.jobs.initial-delay", () -> "0s");
    }

    /** Resets the stubs and answers logins. */
    public static void reset() {
        SERVER.resetAll();
        SERVER.stubFor(post(PUBLIC + "/auth/login").willReturn(aResponse().withStatus(200)
                .withBody("{\"user_id\": 1, \"token\": \"1|wiremock\"}")));
    }
}
