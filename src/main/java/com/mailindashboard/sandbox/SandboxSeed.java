package com.mailindashboard.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The demo data the sandbox starts with: one account, three servers, 24 SMTP and 5 Google domains
 * (most active, a few pending for good), 40 SMTP and 10 Google mailboxes on the active domains,
 * a handful of domains waiting at Inboxkit, one inbox provider and one registrar.
 */
final class SandboxSeed {

    static final long USER_ID = 1;
    static final int MAILBOX_SLOTS = 200;

    private static final List<String> SMTP_NAMES = List.of("getopener", "reachwell", "brightlead", "pipelinehq",
            "outboundly", "leadforge", "mailcraft", "prospectly", "salesnest", "growthping", "replyboost",
            "inboxpilot");
    private static final List<String> GOOGLE_DOMAINS = List.of("teamsend.com", "cloudreach.co", "hellopipeline.com",
            "workspace-outreach.biz", "meetingbound.ca");
    private static final List<String> INBOXKIT_DOMAINS = List.of("coldstart.com", "warmleads.co", "replyhub.biz",
            "meetflow.com", "dealspark.ca");
    private static final List<String> REGISTRARS = List.of("dynadot", "godaddy", "namecheap", "porkbun");
    private static final List<String> FIRST_NAMES = List.of("alex", "jordan", "taylor", "morgan", "casey", "riley",
            "jamie", "avery", "quinn", "drew");
    private static final List<String> LAST_NAMES = List.of("reed", "hayes", "brooks", "parker");

    private SandboxSeed() {
    }

    static SandboxAccount account(Instant now) {
        String since = SandboxTime.wire(now.minus(Duration.ofDays(400)));
        return new SandboxAccount(USER_ID, "samsandbox", "1-800-555-0100", "Sam", "Sandbox", since,
                "sam@sandbox.example", "Sandbox Outbound Co", "United States", "Springfield", "1 Demo Street",
                "12345", "IL", "US", "USA", MAILBOX_SLOTS, since);
    }

    static List<SandboxServer> servers() {
        return List.of(
                new SandboxServer(201, "192.0.2.10", "vm-inbound-01.sandbox.mailin.ai", "Running", 1, "inbound"),
                new SandboxServer(202, "198.51.100.20", "vm-outbound-01.sandbox.mailin.ai", "Running", 1, "outbound"),
                new SandboxServer(203, "203.0.113.30", "vm-outbound-02.sandbox.mailin.ai", "Stopped", 0, "outbound"));
    }

    /** One inbox provider and one registrar, as in the vendor's examples. */
    static Map<SandboxIntegrationKind, Map<String, String>> integrations() {
        Map<SandboxIntegrationKind, Map<String, String>> integrations = new EnumMap<>(SandboxIntegrationKind.class);
        integrations.put(SandboxIntegrationKind.INBOX_PROVIDER, Map.of("name", "SmartLead Account",
                "provider", "smartlead", "api_key", "sandbox-smartlead-key",
                "oauth_url", "https://smartlead.example.com/oauth"));
        integrations.put(SandboxIntegrationKind.REGISTRAR, Map.of("name", "My GoDaddy Account",
                "provider", "godaddy", "api_key", "sandbox-godaddy-key", "secret_api_key", "sandbox-godaddy-secret",
                "username", "sam@sandbox.example"));
        return integrations;
    }

    static List<SandboxInboxkitDomain> inboxkitDomains(Instant now) {
        List<SandboxInboxkitDomain> domains = new ArrayList<>();
        for (int i = 0; i < INBOXKIT_DOMAINS.size(); i++) {
            String name = INBOXKIT_DOMAINS.get(i);
            String uid = UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
            domains.add(new SandboxInboxkitDomain(i + 1, name, uid, i % 4 != 3, now.minus(Duration.ofDays(30 + i))));
        }
        return domains;
    }

    /** SMTP domains get ids 1-24, Google ones 25-29; every fifth of each kind stays pending. */
    static List<SandboxDomain> domains(Instant now) {
        List<String> smtp = new ArrayList<>();
        for (String tld : List.of(".com", ".co")) {
            SMTP_NAMES.forEach(name -> smtp.add(name + tld));
        }
        List<SandboxDomain> domains = new ArrayList<>();
        addDomains(domains, smtp, SandboxProvider.SMTP, now);
        addDomains(domains, GOOGLE_DOMAINS, SandboxProvider.GOOGLE, now);
        return domains;
    }

    private static void addDomains(List<SandboxDomain> domains, List<String> names, SandboxProvider provider,
                                   Instant now) {
        for (int i = 0; i < names.size(); i++) {
            long id = domains.size() + 1;
            boolean active = (i + 1) % 5 != 0;
            Instant created = now.minus(Duration.ofDays(120 - id * 3));
            domains.add(new SandboxDomain(id, names.get(i), provider, REGISTRARS.get(i % REGISTRARS.size()),
                    names.get(i), active ? SandboxDomain.MAILIN_NAME_SERVERS : null, active,
                    active ? 0 : SandboxDomain.STAYS_PENDING, created, created.plus(Duration.ofHours(2))));
        }
    }

    /** 40 SMTP and 10 Google mailboxes, ids from 101, spread over the active domains. */
    static List<SandboxMailbox> mailboxes(List<SandboxDomain> domains) {
        List<SandboxMailbox> mailboxes = new ArrayList<>();
        addMailboxes(mailboxes, active(domains, SandboxProvider.SMTP), 40);
        addMailboxes(mailboxes, active(domains, SandboxProvider.GOOGLE), 10);
        return mailboxes;
    }

    private static List<SandboxDomain> active(List<SandboxDomain> domains, SandboxProvider provider) {
        return domains.stream().filter(domain -> domain.active() && domain.provider() == provider).toList();
    }

    /** The i-th mailbox is first[i % 10].last[i / 10 % 4] on domain i % n: unique while count <= 40. */
    private static void addMailboxes(List<SandboxMailbox> mailboxes, List<SandboxDomain> domains, int count) {
        for (int i = 0; i < count; i++) {
            SandboxDomain domain = domains.get(i % domains.size());
            String first = FIRST_NAMES.get(i % FIRST_NAMES.size());
            String last = LAST_NAMES.get(i / FIRST_NAMES.size() % LAST_NAMES.size());
            MailboxDraft draft = new MailboxDraft(domain.provider(), first + "." + last + "@" + domain.name(),
                    capitalized(first) + " " + capitalized(last), "Sandbox-" + (1000 + i * 37));
            long id = 101L + mailboxes.size();
            Instant created = domain.createdAt().plus(Duration.ofDays(1 + i % 7));
            mailboxes.add(SandboxMailbox.created(id, domain.id(), draft, created));
        }
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
