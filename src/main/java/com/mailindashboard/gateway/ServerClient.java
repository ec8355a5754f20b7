package com.mailindashboard.gateway;

import java.util.List;
import org.springframework.stereotype.Component;

/** Server rows of the catalog: S1 (list), S2 (one). */
@Component
public class ServerClient {

    private final MailinHttp http;

    ServerClient(MailinHttp http) {
        this.http = http;
    }

    @CatalogOperation(MailinOperation.S1)
    public List<MailinServer> servers() {
        return http.call(MailinRequest.to(MailinOperation.S1)).asList(MailinServer.class);
    }

    @CatalogOperation(MailinOperation.S2)
    public MailinServer server(long serverId) {
        return http.call(MailinRequest.to(MailinOperation.S2).path("server_id", serverId)).as(MailinServer.class);
    }
}
