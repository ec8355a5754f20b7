package com.mailindashboard.sandbox;

import static com.mailindashboard.sandbox.SandboxBodies.ordered;

import java.time.Instant;
import java.util.Map;

/** A domain held at Inboxkit (D2), which D1 can transfer into the account with its {@code uid}. */
record SandboxInboxkitDomain(long id, String name, String uid, boolean active, Instant createdAt) {

    /**
     * D2's item as documented, plus {@code uid}: D1 needs it and D2 is the only place a client
     * could learn it.
     */
    Map<String, Object> listItem() {
        return ordered("id", id, "name", name, "uid", uid, "status", active ? "1" : "0",
                "domain_provider", "inboxkit", "created_at", SandboxTime.wire(createdAt),
                "updated_at", SandboxTime.wire(createdAt));
    }
}
