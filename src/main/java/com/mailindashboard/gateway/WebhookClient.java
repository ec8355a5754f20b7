package com.mailindashboard.gateway;

import java.net.URI;
import java.time.Duration;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

/** Posts JSON notifications to a team's webhook receiver, on the same HTTP stack as the gateway. */
@Component
public class WebhookClient {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(10);

    private final WebClient client;

    WebhookClient(WebClient.Builder builder) {
        this.client = MailinWebClients.create(builder, CONNECT_TIMEOUT, RESPONSE_TIMEOUT);
    }

    /** Posts the payload; null when the receiver took it (2xx), else a short description of what went wrong. */
    public String post(String url, String json) {
        try {
            Integer status = client.post().uri(URI.create(url))
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(json)
                    .exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value()))
                    .timeout(CONNECT_TIMEOUT.plus(RESPONSE_TIMEOUT).plusSeconds(1))
                    .block();
            return status != null && status / 100 == 2 ? null : "HTTP " + status;
        } catch (RuntimeException e) {
            return describe(e);
        }
    }

    /** What went wrong, told by the exception's type as the gateway does: unreachable, too slow or cut. */
    static String describe(Throwable e) {
        if (MailinHttp.neverSent(e)) {
            return "The receiver could not be reached";
        }
        if (MailinHttp.timedOut(e)) {
            return "The receiver did not answer in time";
        }
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return "The connection to the receiver failed" + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
}
