package com.mailindashboard.domains;

import com.mailindashboard.gateway.DomainClient;
import com.mailindashboard.gateway.DomainTransfer;
import com.mailindashboard.gateway.GoogleDomainClient;
import com.mailindashboard.jobs.OperationLedger;
import com.mailindashboard.jobs.OperationOutcome;
import com.mailindashboard.jobs.OperationRequest;
import com.mailindashboard.jobs.UpstreamAcceptance;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Transfers a domain in (D9 SMTP, G4 Google, D1 Inboxkit). Mailin gives no job id for transfers,
 * so the job follows the domain by name; the nameservers Mailin returns are kept on the job.
 */
@Service
class DomainTransferService {

    private final DomainClient domains;
    private final GoogleDomainClient googleDomains;
    private final OperationLedger operations;

    DomainTransferService(DomainClient domains, GoogleDomainClient googleDomains, OperationLedger operations) {
        this.domains = domains;
        this.googleDomains = googleDomains;
        this.operations = operations;
    }

    public OperationOutcome transfer(String operationKey, DomainProvider provider, String domainName, String uid,
                                     String requestedBy) {
        OperationRequest request = new OperationRequest(operationKey, provider.transferKind(), List.of(domainName),
                requestedBy);
        return operations.submitOnce(request, () -> {
            DomainTransfer transfer = switch (provider) {
                case SMTP -> domains.transfer(domainName);
                case GOOGLE -> googleDomains.transfer(domainName);
                case INBOXKIT -> domains.transferInboxkit(domainName, uid);
            };
            // Mailin gives a reference only for Inboxkit (domain_id); the job follows the domain by name
            return new UpstreamAcceptance(transfer.status(), transfer.message(), transfer.domainId(), transfer.nameServers());
        });
    }
}
