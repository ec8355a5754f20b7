package com.mailindashboard.mailboxes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What one dry run learned from Mailin, asked once per domain: each domain's state, and the
 * existing addresses of the active ones. Applies those answers to a row's verdict.
 */
record MailboxLookups(MailboxProvider provider, Map<String, MailboxDirectory.DomainState> domains,
                      Map<String, Set<String>> existing) {

    /** Domains asked at the same time (the gateway's rate limiter still paces the calls). */
    static final int PARALLEL_DOMAINS = 4;

    static MailboxLookups of(MailboxDirectory directory, MailboxProvider provider, Set<String> domainNames) {
        Map<String, MailboxDirectory.DomainState> domains = new ConcurrentHashMap<>();
        Map<String, Set<String>> existing = new ConcurrentHashMap<>();
        List<Future<?>> lookups = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_DOMAINS, Thread.ofVirtual().factory())) {
            for (String domain : domainNames) {
                lookups.add(pool.submit(() -> {
                    MailboxDirectory.DomainState state = directory.domain(provider, domain);
                    domains.put(domain, state);
                    if (state == MailboxDirectory.DomainState.ACTIVE) {
                        existing.put(domain, Set.copyOf(directory.mailboxes(provider, domain).keySet()));
                    }
                }));
            }
            for (Future<?> lookup : lookups) {
                lookup.get();
            }
        } catch (ExecutionException e) {
            // the first failure (e.g. Mailin unavailable) is the dry run's failure, as it would be one by one
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking Mailin", e);
        }
        return new MailboxLookups(provider, Map.copyOf(domains), Map.copyOf(existing));
    }

    MailboxRowVerdict check(MailboxRowVerdict verdict) {
        if (verdict.domain() == null) {
            return verdict;
        }
        MailboxDirectory.DomainState state = domains.get(verdict.domain());
        if (state == null || state == MailboxDirectory.DomainState.NOT_IN_ACCOUNT) {
            return verdict.withProblem("domain.unknown");
        }
        if (state == MailboxDirectory.DomainState.OTHER_PROVIDER) {
            return verdict.withProblem(provider.other().google() ? "domain.google" : "domain.smtp");
        }
        if (state == MailboxDirectory.DomainState.INACTIVE) {
            return verdict.withProblem("domain.inactive");
        }
        return existing.getOrDefault(verdict.domain(), Set.of()).contains(verdict.address())
                ? verdict.withProblem("exists") : verdict;
    }
}
