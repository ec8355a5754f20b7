package com.mailindashboard.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Everything the simulated Mailin account holds, in memory, per JVM: the account, servers,
 * domains, mailboxes, inbox providers, registrars, jobs and tokens, seeded by {@link SandboxSeed}. Every method takes one
 * reentrant lock, and {@link #locked} runs a whole operation under it, so an operation sees and
 * leaves a consistent state.
 */
@Component
class SandboxState {

    private final ReentrantLock lock = new ReentrantLock();
    private final Clock clock;
    private final SandboxTokens tokens;
    private final int activationReads;
    private final SandboxAccount account;
    private final List<SandboxServer> servers;
    private final List<SandboxInboxkitDomain> inboxkitDomains;
    private final Map<Long, SandboxDomain> domains = new TreeMap<>();
    private final Map<Long, SandboxMailbox> mailboxes = new TreeMap<>();
    private final Map<SandboxIntegrationKind, Map<Long, SandboxIntegration>> integrations =
            new EnumMap<>(SandboxIntegrationKind.class);
    private final Map<SandboxIntegrationKind, Long> lastIntegrationIds = new EnumMap<>(SandboxIntegrationKind.class);
    private final SandboxJobs<DomainDraft> domainJobs;
    private final SandboxJobs<MailboxDraft> mailboxJobs;
    private long lastDomainId;
    private long lastMailboxId;

    @Autowired
    SandboxState(ObjectProvider<Clock> clock, SandboxProperties properties) {
        this(clock.getIfAvailable(Clock::systemUTC), properties.tokenTtl(), properties.jobPolls(),
                properties.activationReads());
    }

    /**
     * @param tokenTtl        how long a login token stays valid
     * @param jobPolls        how many status polls a job answers "pending" before it completes
     * @param activationReads how many reads of its list a new domain stays pending for
     */
    SandboxState(Clock clock, Duration tokenTtl, int jobPolls, int activationReads) {
        this.clock = clock;
        this.tokens = new SandboxTokens(clock, tokenTtl);
        this.activationReads = Math.max(0, activationReads);
        this.domainJobs = new SandboxJobs<>(Math.max(0, jobPolls));
        this.mailboxJobs = new SandboxJobs<>(Math.max(0, jobPolls));
        Instant now = clock.instant();
        this.account = SandboxSeed.account(now);
        this.servers = SandboxSeed.servers();
        this.inboxkitDomains = SandboxSeed.inboxkitDomains(now);
        reset();
    }

    /** Makes every issued token invalid, as if they all expired: the next call needs a new login. */
    public void expireAllTokens() {
        tokens.expireAll();
    }

    /** Forgets every change and job: back to the seeded data. Tokens stay valid. */
    public void reset() {
        change(() -> {
            domains.clear();
            mailboxes.clear();
            domainJobs.clear();
            mailboxJobs.clear();
            List<SandboxDomain> seededDomains = SandboxSeed.domains(now());
            seededDomains.forEach(this::save);
            SandboxSeed.mailboxes(seededDomains).forEach(this::save);
            lastDomainId = domains.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
            lastMailboxId = mailboxes.keySet().stream().mapToLong(Long::longValue).max().orElse(100);
            for (SandboxIntegrationKind kind : SandboxIntegrationKind.values()) {
                integrations.put(kind, new TreeMap<>());
                lastIntegrationIds.put(kind, 0L);
            }
            SandboxSeed.integrations().forEach(this::addIntegration);
        });
    }

    /** Runs one whole operation under the state's lock. */
    <T> T locked(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /** Runs one whole change under the state's lock. */
    void change(Runnable work) {
        locked(() -> {
            work.run();
            return null;
        });
    }

    Instant now() {
        return clock.instant();
    }

    String issueToken() {
        return tokens.issue(account.id());
    }

    Optional<Long> userFor(String token) {
        return tokens.userFor(token);
    }

    SandboxAccount account() {
        return account;
    }

    List<SandboxServer> servers() {
        return servers;
    }

    List<SandboxInboxkitDomain> inboxkitDomains() {
        return inboxkitDomains;
    }

    SandboxJobs<DomainDraft> domainJobs() {
        return domainJobs;
    }

    SandboxJobs<MailboxDraft> mailboxJobs() {
        return mailboxJobs;
    }

    /** The domain, or a 404 "Domain not found." */
    SandboxDomain domain(long id) {
        return locked(() -> Optional.ofNullable(domains.get(id)))
                .orElseThrow(() -> SandboxProblem.notFound("Domain not found."));
    }

    Optional<SandboxDomain> domainNamed(String name) {
        return locked(() -> domains.values().stream().filter(domain -> domain.name().equals(name)).findFirst());
    }

    /** The domains of one provider, by id. */
    List<SandboxDomain> domains(SandboxProvider provider) {
        return locked(() -> domains.values().stream().filter(domain -> domain.provider() == provider).toList());
    }

    /** Adds a new domain, pending for the configured number of list reads. */
    SandboxDomain addDomain(String name, SandboxProvider provider, String registrar, List<String> nameServers) {
        return locked(() -> {
            SandboxDomain domain = SandboxDomain.added(++lastDomainId, name, provider, registrar, nameServers,
                    activationReads, now());
            save(domain);
            return domain;
        });
    }

    void save(SandboxDomain domain) {
        locked(() -> domains.put(domain.id(), domain));
    }

    /** Removes the domain and its mailboxes. */
    void removeDomain(long id) {
        locked(() -> {
            domains.remove(id);
            return mailboxes.values().removeIf(mailbox -> mailbox.domainId() == id);
        });
    }

    /** One read of a domain list: its pending domains count down towards active. */
    void countListRead(SandboxProvider provider) {
        Instant now = now();
        domains(provider).forEach(domain -> save(domain.afterListRead(now)));
    }

    /** The mailbox, or a 404 "Mailbox not found." */
    SandboxMailbox mailbox(long id) {
        return findMailbox(id).orElseThrow(() -> SandboxProblem.notFound("Mailbox not found."));
    }

    Optional<SandboxMailbox> findMailbox(long id) {
        return locked(() -> Optional.ofNullable(mailboxes.get(id)));
    }

    Optional<SandboxMailbox> mailboxNamed(String username) {
        return locked(() -> mailboxes.values().stream().filter(mailbox -> mailbox.username().equals(username))
                .findFirst());
    }

    /** The mailboxes of one provider, by id. */
    List<SandboxMailbox> mailboxes(SandboxProvider provider) {
        return locked(() -> mailboxes.values().stream().filter(mailbox -> mailbox.provider() == provider).toList());
    }

    int mailboxCount() {
        return locked(mailboxes::size);
    }

    SandboxMailbox addMailbox(long domainId, MailboxDraft draft) {
        return locked(() -> {
            SandboxMailbox mailbox = SandboxMailbox.created(++lastMailboxId, domainId, draft, now());
            save(mailbox);
            return mailbox;
        });
    }

    void save(SandboxMailbox mailbox) {
        locked(() -> mailboxes.put(mailbox.id(), mailbox));
    }

    void removeMailbox(long id) {
        locked(() -> mailboxes.remove(id));
    }

    /** The inbox provider or registrar, or a 404 with the kind's "not found" message. */
    SandboxIntegration integration(SandboxIntegrationKind kind, long id) {
        return locked(() -> Optional.ofNullable(integrations.get(kind).get(id)))
                .orElseThrow(() -> SandboxProblem.notFound(kind.notFound));
    }

    List<SandboxIntegration> integrations(SandboxIntegrationKind kind) {
        return locked(() -> List.copyOf(integrations.get(kind).values()));
    }

    SandboxIntegration addIntegration(SandboxIntegrationKind kind, Map<String, String> fields) {
        return locked(() -> {
            long id = lastIntegrationIds.merge(kind, 1L, Long::sum);
            SandboxIntegration integration = new SandboxIntegration(id, account.id(), kind, fields);
            save(integration);
            return integration;
        });
    }

    void save(SandboxIntegration integration) {
        locked(() -> integrations.get(integration.kind()).put(integration.id(), integration));
    }

    void removeIntegration(SandboxIntegrationKind kind, long id) {
        locked(() -> integrations.get(kind).remove(id));
    }
}
