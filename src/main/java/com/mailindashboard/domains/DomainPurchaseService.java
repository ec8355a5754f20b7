package com.mailindashboard.domains;

import com.mailindashboard.gateway.DomainClient;
import com.mailindashboard.gateway.DomainPurchase;
import com.mailindashboard.gateway.GoogleDomainClient;
import com.mailindashboard.jobs.JobKind;
import com.mailindashboard.jobs.OperationLedger;
import com.mailindashboard.jobs.OperationOutcome;
import com.mailindashboard.jobs.OperationRequest;
import com.mailindashboard.jobs.UpstreamAcceptance;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * Buys domains. One name is one request (D6/G2), several are one bulk request (D8/G3); either way
 * through the operation ledger, so a repeated confirm never buys twice and a lost answer is never
 * silently repeated.
 */
@Service
public class DomainPurchaseService {

    private final DomainClient domains;
    private final GoogleDomainClient googleDomains;
    private final OperationLedger operations;

    DomainPurchaseService(DomainClient domains, GoogleDomainClient googleDomains, OperationLedger operations) {
        this.domains = domains;
        this.googleDomains = googleDomains;
        this.operations = operations;
    }

    public OperationOutcome buy(String operationKey, DomainProvider provider, List<String> names, String requestedBy) {
        if (!provider.purchasable()) {
            throw new IllegalArgumentException(provider + " domains cannot be bought");
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("Nothing to buy");
        }
        OperationRequest request = new OperationRequest(operationKey, provider.purchaseKind(), names, requestedBy);
        return operations.submitOnce(request, () -> {
            DomainPurchase purchase = switch (provider) {
                case SMTP -> names.size() == 1 ? domains.buy(names.getFirst()) : domains.buyMultiple(names);
                case GOOGLE -> names.size() == 1 ? googleDomains.buy(names.getFirst()) : googleDomains.buyMultiple(names);
                case INBOXKIT -> throw new IllegalStateException("unreachable");
            };
            return new UpstreamAcceptance(purchase.status(), purchase.message(), purchase.uuid());
        });
    }

    /**
     * Earlier purchases or transfers of these names whose outcome is still unknown (the answer was
     * lost and reconciliation has not found the domain yet): buying again could pay twice.
     */
    public List<UnresolvedOperation> unresolved(List<String> names) {
        List<JobKind> kinds = Arrays.stream(DomainProvider.values())
                .flatMap(p -> Stream.of(p.purchaseKind(), p.transferKind())).filter(Objects::nonNull).toList();
        Set<String> wanted = Set.copyOf(names);
        return operations.unresolved(kinds, names).stream()
                .map(op -> new UnresolvedOperation(op.getId(),
                        op.getSubjects().stream().filter(wanted::contains).toList(), op.getCreatedAt()))
                .toList();
    }

    /** An operation with an unknown outcome, and which of the previewed names it was about. */
    public record UnresolvedOperation(long id, List<String> names, Instant createdAt) {
    }
}
