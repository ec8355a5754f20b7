package com.mailindashboard.sandbox;

import static com.mailindashboard.sandbox.SandboxBodies.ordered;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * Getting domains into the account: availability (D5), purchases as jobs (D6, D8, G2, G3) polled
 * with D10, and transfers (D1, D9, G4). A name is taken when it contains one of {@link #TAKEN_WORDS},
 * is already in the account, or is being bought by a pending job.
 */
@Component
class SandboxDomainOrders {

    static final List<String> TAKEN_WORDS = List.of("taken", "google", "amazon");
    static final String BATCH = "BatchAddDomain";

    private final SandboxState state;

    SandboxDomainOrders(SandboxState state) {
        this.state = state;
    }

    /** D5. */
    boolean available(String domainName) {
        String name = SandboxRules.purchasableDomainName("domain_name", domainName);
        return state.locked(() -> isFree(name));
    }

    /** D6/G2: opens a purchase job; 422 with {@code unavailable: {domain}} when the name is taken. */
    String buy(SandboxProvider provider, String domainName) {
        String name = SandboxRules.purchasableDomainName("domain_name", domainName);
        return state.locked(() -> {
            if (!isFree(name)) {
                throw SandboxProblem.unavailable(ordered("domain", name));
            }
            return state.domainJobs().open(List.of(new DomainDraft(name, provider)));
        });
    }

    /** D8/G3: one job for all names; 422 with the {@code unavailable} names when any is taken. */
    String buyAll(SandboxProvider provider, List<String> domainNames) {
        List<String> requested = SandboxRules.requiredList("domain_names", domainNames);
        List<String> names = IntStream.range(0, requested.size())
                .mapToObj(i -> SandboxRules.purchasableDomainName("domain_names." + i, requested.get(i)))
                .distinct().toList();
        return state.locked(() -> {
            List<String> taken = names.stream().filter(name -> !isFree(name)).toList();
            if (!taken.isEmpty()) {
                throw SandboxProblem.unavailable(taken);
            }
            return state.domainJobs().open(names.stream().map(name -> new DomainDraft(name, provider)).toList());
        });
    }

    /** D9/G4: adds the domain, pending until its name servers "propagate"; returns those name servers. */
    List<String> transfer(SandboxProvider provider, String domainName) {
        String name = SandboxRules.domainName("domain_name", domainName);
        List<String> nameServers = transferNameServers(name);
        state.locked(() -> addTransferred(name, provider, "external", nameServers));
        return nameServers;
    }

    /** D1: moves one of the Inboxkit domains (D2) into the account; returns the new domain's id. */
    long transferInboxkit(String domainName, String uid) {
        String name = SandboxRules.domainName("domain_name", domainName);
        String givenUid = SandboxRules.required("uid", uid);
        state.inboxkitDomains().stream()
                .filter(domain -> domain.name().equals(name) && domain.uid().equalsIgnoreCase(givenUid))
                .findFirst()
                .orElseThrow(() -> SandboxProblem.invalid("Domain not found in your Inboxkit account."));
        return state.locked(() -> addTransferred(name, SandboxProvider.SMTP, "inboxkit",
                SandboxDomain.MAILIN_NAME_SERVERS)).id();
    }

    /** D10: counts the poll; on completion the bought domains are added (pending) and listed by id. */
    Optional<Map<String, Object>> status(String uuid) {
        return state.locked(() -> state.domainJobs().poll(uuid, this::complete)
                .map(job -> job.body(BATCH, job.completed()
                        ? job.createdIds().stream().map(String::valueOf).toList() : List.of())));
    }

    private List<Long> complete(List<DomainDraft> drafts) {
        return drafts.stream()
                .filter(draft -> state.domainNamed(draft.name()).isEmpty())
                .map(draft -> state.addDomain(draft.name(), draft.provider(), "dynadot",
                        SandboxDomain.MAILIN_NAME_SERVERS).id())
                .toList();
    }

    private SandboxDomain addTransferred(String name, SandboxProvider provider, String registrar,
                                         List<String> nameServers) {
        if (isReserved(name)) {
            throw SandboxProblem.invalid("Domain already exists in your account.");
        }
        return state.addDomain(name, provider, registrar, nameServers);
    }

    private boolean isFree(String name) {
        return TAKEN_WORDS.stream().noneMatch(name::contains) && !isReserved(name);
    }

    private boolean isReserved(String name) {
        return state.domainNamed(name).isPresent()
                || state.domainJobs().pendingDrafts().anyMatch(draft -> draft.name().equals(name));
    }

    /** Four Route 53 style name servers, the same for the same name. */
    static List<String> transferNameServers(String name) {
        int hash = Math.floorMod(name.hashCode(), 1000);
        List<String> tlds = List.of("com", "net", "org", "co.uk");
        return IntStream.range(0, tlds.size())
                .mapToObj(i -> "ns-" + (hash + i) + ".awsdns-" + (hash + i) % 64 + "." + tlds.get(i))
                .toList();
    }
}
