package com.mailindashboard.gateway;

import io.netty.channel.ChannelOption;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

/** Builds the WebClient the gateway uses, with the configured connect and response timeouts. */
final class MailinWebClients {

    private static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

    private MailinWebClients() {
    }

    static WebClient create(WebClient.Builder builder, MailinProperties properties) {
        HttpClient httpClient = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) properties.connectTimeout().toMillis())
                .responseTimeout(properties.responseTimeout());
        return builder.clone()
                .clientConnector(new ReactorClientHttpConnector(httpClient))
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(MAX_BODY_BYTES))
                .build();
    }
}
