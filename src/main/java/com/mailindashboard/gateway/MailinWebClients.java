package com.mailindashboard.gateway;

import io.micrometer.observation.ObservationRegistry;
import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Builds the WebClients for everything that leaves the process (Mailin, webhooks) on one stack:
 * WebClient on the JDK's own HTTP client (no Netty event loops to keep in memory), HTTP/1.1 as
 * before, no redirects followed, with connect and response timeouts.
 */
final class MailinWebClients {

    private static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

    private MailinWebClients() {
    }

    /**
     * Mailin's client. Without Micrometer's observation of each exchange: {@link MailinHttp} times every call
     * itself ({@code mailin.client.requests}, by operation and outcome, retries and the budget's wait included),
     * and the generic {@code http.client.requests} beside it cost ~1% of a page's CPU for a duplicate figure.
     */
    static WebClient create(WebClient.Builder builder, MailinProperties properties) {
        return create(builder.clone().observationRegistry(ObservationRegistry.NOOP), properties.connectTimeout(),
                properties.responseTimeout());
    }

    static WebClient create(WebClient.Builder builder, Duration connectTimeout, Duration responseTimeout) {
        DroppedCallErrors.install();
        HttpClient httpClient = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        JdkClientHttpConnector connector = new JdkClientHttpConnector(httpClient);
        connector.setReadTimeout(responseTimeout);
        return builder.clone()
                .clientConnector(connector)
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(MAX_BODY_BYTES))
                .build();
    }
}
