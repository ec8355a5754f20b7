package com.mailindashboard.sandbox;

import java.util.Map;
import org.springframework.stereotype.Component;

/** Reading and changing the account's domains: D2-D4, D7, D11-D15 and G1. */
@Component
class SandboxDomainService {

    private final SandboxState state;

    SandboxDomainService(SandboxState state) {
        this.state = state;
    }

    /** D3/G1: one page of the provider's domains; each read brings pending domains closer to active. */
    Map<String, Object> list(SandboxProvider provider, SandboxPageQuery query, String path) {
        return state.locked(() -> {
            state.countListRead(provider);
            var matching = state.domains(provider).stream().filter(domain -> query.matches(domain.name())).toList();
            return SandboxPage.of(query, matching, SandboxDomain::listItem, path);
        });
    }

    /** D2: the domains waiting at Inboxkit. */
    Map<String, Object> inboxkitList(SandboxPageQuery query, String path) {
        var matching = state.inboxkitDomains().stream().filter(domain -> query.matches(domain.name())).toList();
        return SandboxPage.of(query, matching, SandboxInboxkitDomain::listItem, path);
    }

    /** D4. */
    Map<String, Object> detail(long id) {
        return state.domain(id).detail();
    }

    /** D12. */
    Map<String, Object> rateLimit(long id) {
        return state.domain(id).rateLimit();
    }

    /** D11: removes the domain, its subdomains and all their mailboxes. */
    void delete(long id) {
        state.change(() -> {
            SandboxDomain domain = state.domain(id);
            state.domains(domain.provider()).stream().filter(other -> other.within(domain.name()))
                    .forEach(other -> state.removeDomain(other.id()));
        });
    }

    /** D13: mail to the domain goes to {@code target} instead. */
    void forward(Long id, String target) {
        long domainId = SandboxRules.required("domain_id", id);
        String targetName = SandboxRules.domainName("forward_to", target);
        state.change(() -> {
            SandboxDomain domain = state.domain(domainId);
            if (domain.name().equals(targetName)) {
                throw SandboxProblem.invalidField("forward_to", "A domain cannot be forwarded to itself.");
            }
            state.save(domain.forwardedTo(targetName, state.now()));
        });
    }

    /** D14. */
    void removeForward(Long id) {
        long domainId = SandboxRules.required("domain_id", id);
        state.change(() -> {
            SandboxDomain domain = state.domain(domainId);
            state.save(domain.forwardedTo(domain.name(), state.now()));
        });
    }

    /** D15: checks the request; the forwarding address shows in no documented answer, so it is not kept. */
    void forwardEmail(Long id, String email) {
        long domainId = SandboxRules.required("domain_id", id);
        SandboxRules.email("forward_to", email);
        state.domain(domainId);
    }

    /** D7: {@code sub.parent}, added pending like any new domain; the parent must be active. */
    void addSubdomain(String subdomain, String parent) {
        String label = SandboxRules.dnsLabel("subdomain", subdomain);
        String parentName = SandboxRules.domainName("domain", parent);
        state.change(() -> {
            SandboxDomain parentDomain = state.domainNamed(parentName).filter(SandboxDomain::active)
                    .orElseThrow(() -> SandboxProblem.invalid(
                            "The specified domain '" + parentName + "' does not exist or is not active."));
            String name = label + "." + parentName;
            if (state.domainNamed(name).isPresent()) {
                throw SandboxProblem.invalid("Subdomain already exists.");
            }
            state.addDomain(name, parentDomain.provider(), parentDomain.registrar(), parentDomain.nameServers());
        });
    }
}
