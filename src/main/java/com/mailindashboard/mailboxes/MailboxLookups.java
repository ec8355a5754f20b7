package com.mailindashboard.mailboxes;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What one dry run learned from Mailin, asked once per domain: each domain's state, and the
 * existing addresses of the active ones. Applies those answers to a row's verdict.
 */
record MailboxLookups(Map<String, MailboxDirectory.DomainState> domains, Map<String, Set<String>> existing) {

    static MailboxLookups of(MailboxDirectory directory, MailboxCreationProvider provider, Set<String> domainNames) {
        Map<String, MailboxDirectory.DomainState> domains = new HashMap<>();
        Map<String, Set<String>> existing = new HashMap<>();
        for (String domain : domainNames) {
            MailboxDirectory.DomainState state = directory.domain(provider, domain);
            domains.put(domain, state);
            if (state == MailboxDirectory.DomainState.ACTIVE) {
                existing.put(domain, Set.copyOf(directory.mailboxes(provider, domain).keySet()));
            }
        }
        return new MailboxLookups(domains, existing);
    }

    MailboxRowVerdict check(MailboxRowVerdict verdict) {
        if (verdict.domain() == null) {
            return verdict;
        }
        MailboxDirectory.DomainState state = domains.get(verdict.domain());
        if (state == null || state == MailboxDirectory.DomainState.NOT_IN_ACCOUNT) {
            return verdict.withProblem("domain.unknown");
        }
        if (state == MailboxDirectory.DomainState.INACTIVE) {
            return verdict.withProblem("domain.inactive");
        }
        return existing.getOrDefault(verdict.domain(), Set.of()).contains(verdict.address())
                ? verdict.withProblem("exists") : verdict;
    }
}
