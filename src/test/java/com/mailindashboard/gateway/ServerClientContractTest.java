package com.mailindashboard.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of S1 and S2 against the vendor's documented bodies. */
class ServerClientContractTest extends GatewayTestSupport {

    ServerClient client;

    @BeforeEach
    void client() {
        client = new ServerClient(http);
    }

    @Test
    @Covers(MailinOperation.S1)
    void listsServersFromAPlainArray() {
        wireMock.stubFor(get(PUBLIC + "/servers").withHeader("Authorization", equalTo(AUTH))
                .willReturn(aResponse().withStatus(200).withBody(body("S1-servers.json"))));

        List<MailinServer> servers = client.servers();

        assertThat(servers).extracting(MailinServer::hostname)
                .containsExactly("vm-inbound-01.mailin.ai", "vm-outbound-01.mailin.ai");
        assertThat(servers).extracting(MailinServer::isActive).containsExactly(true, false);
        assertThat(servers.get(1).serverType()).isEqualTo("outbound");
    }

    @Test
    @Covers(MailinOperation.S2)
    void readsOneServer() {
        wireMock.stubFor(get(PUBLIC + "/servers/201").withHeader("Authorization", equalTo(AUTH))
                .willReturn(aResponse().withStatus(200).withBody(body("S2-server.json"))));

        MailinServer server = client.server(201);

        assertThat(server.id()).isEqualTo(201L);
        assertThat(server.publicIp()).isEqualTo("192.0.2.1");
        assertThat(server.state()).isEqualTo("Running");
    }

    @Test
    @Covers(MailinOperation.S2)
    void unknownServerIsNotFoundOrNotYours() {
        wireMock.stubFor(get(PUBLIC + "/servers/999").willReturn(aResponse().withStatus(404)
                .withBody("{\"message\": \"Not found.\"}")));

        assertThatThrownBy(() -> client.server(999)).isInstanceOf(MailinNotFoundException.class);
    }
}
