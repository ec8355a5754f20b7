package com.mailindashboard.gateway;

import java.util.List;

/**
 * A transfer Mailin accepted (D1, D9, G4: 200 or 210). D1 answers with the new domain's id
 * ({@code "domain_id": "123"}); D9 and G4 with the name servers to set at the current registrar.
 */
public record DomainTransfer(String message, String domainId, List<String> nameServers, int status) {

    public DomainTransfer {
        nameServers = nameServers == null ? List.of() : List.copyOf(nameServers);
    }

    /**
     * Reads the reply with the status Mailin really answered (200 or 210); a body that does not
     * parse still means accepted, with the raw text as message.
     */
    static DomainTransfer from(MailinResponse response) {
        if (response.json() != null && response.json().isObject()) {
            Body body = response.as(Body.class);
            return new DomainTransfer(body.message(), body.domainId(), body.nameServers(), response.status());
        }
        return new DomainTransfer(response.message(), null, List.of(), response.status());
    }

    /** The reply's JSON members. */
    record Body(String message, String domainId, List<String> nameServers) {
    }
}
