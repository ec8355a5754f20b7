package com.mailindashboard.sandbox;

import static com.mailindashboard.sandbox.SandboxBodies.ordered;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A Microsoft (Azure) order of the sandbox account: its domain, mode, mailboxes, provider and
 * registrar, how many status reads it has had (it becomes ready after a few), the master domain it
 * forwards to, and its upload to the inbox provider (which progresses with each upload-status read).
 */
record SandboxAzureOrder(long id, long userId, String domain, String mailboxMode, List<String> fullNames,
                         boolean purchase, Long providerId, Long registrarId, List<SandboxAzureMailbox> mailboxes,
                         int statusReads, String forwardTo, Upload upload, Instant createdAt, Instant updatedAt) {

    SandboxAzureOrder {
        fullNames = List.copyOf(fullNames);
        mailboxes = List.copyOf(mailboxes);
    }

    /** The upload of the order's mailboxes to its inbox provider. */
    record Upload(int total, int uploaded, int elsewhere, int pending, int failed) {

        static Upload waiting(int total) {
            return new Upload(total, 0, 0, total, 0);
        }

        boolean done() {
            return pending == 0;
        }
    }

    boolean ready(int readsUntilReady) {
        return statusReads >= readsUntilReady;
    }

    SandboxAzureOrder read(Instant now) {
        return new SandboxAzureOrder(id, userId, domain, mailboxMode, fullNames, purchase, providerId, registrarId,
                mailboxes, statusReads + 1, forwardTo, upload, createdAt, now);
    }

    SandboxAzureOrder withProvider(Long newProviderId, Instant now) {
        return new SandboxAzureOrder(id, userId, domain, mailboxMode, fullNames, purchase, newProviderId, registrarId,
                mailboxes, statusReads, forwardTo, newProviderId == null ? null : Upload.waiting(mailboxes.size()),
                createdAt, now);
    }

    SandboxAzureOrder forwardingTo(String master, Instant now) {
        return new SandboxAzureOrder(id, userId, domain, mailboxMode, fullNames, purchase, providerId, registrarId,
                mailboxes, statusReads, master, upload, createdAt, now);
    }

    SandboxAzureOrder withUpload(Upload next, Instant now) {
        return new SandboxAzureOrder(id, userId, domain, mailboxMode, fullNames, purchase, providerId, registrarId,
                mailboxes, statusReads, forwardTo, next, createdAt, now);
    }

    /** Z2's item: the order with its provider and registrar (null when not set) and its mailboxes, passwords masked. */
    Map<String, Object> listItem(Map<String, Object> provider, Map<String, Object> registrar) {
        return ordered("id", id, "user_id", userId, "full_name", fullNames, "domain", domain,
                "mailbox_mode", mailboxMode, "provider_id", providerId, "domain_registrar_id", registrarId,
                "is_purchase", purchase ? 1 : 0, "created_at", SandboxTime.wire(createdAt),
                "updated_at", SandboxTime.wire(updatedAt), "provider", provider, "registrar", registrar,
                "mailboxes", mailboxes.stream().map(m -> ordered("name", m.name(), "username", m.username(),
                        "password", "******")).toList());
    }

    /** One Microsoft 365 mailbox of an order. */
    record SandboxAzureMailbox(String name, String username, String password) {
    }
}
