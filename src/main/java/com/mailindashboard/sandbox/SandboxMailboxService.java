package com.mailindashboard.sandbox;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The account's mailboxes: lists, creation jobs and edits of M1-M8 and G5-G9. */
@Component
class SandboxMailboxService {

    static final String BATCH = "BatchAddMailboxes";

    private final SandboxState state;

    SandboxMailboxService(SandboxState state) {
        this.state = state;
    }

    /** M1/G5: one page; the name filter matches the display name or the address. */
    Map<String, Object> list(SandboxProvider provider, SandboxPageQuery query, String path) {
        var matching = state.mailboxes(provider).stream()
                .filter(mailbox -> query.matches(mailbox.name(), mailbox.username())).toList();
        return SandboxPage.of(query, matching, SandboxMailbox::listItem, path);
    }

    /** M2/G6. */
    Map<String, Object> detail(long id) {
        return state.mailbox(id).detail();
    }

    /** M8. */
    Map<String, Object> rateLimit(long id) {
        return state.mailbox(id).rateLimit();
    }

    /**
     * M3/G7: opens a creation job. Each address must be new, on an active domain of the account of
     * the drafts' provider, and the account must have free mailbox slots for all of them.
     */
    String create(List<MailboxDraft> drafts) {
        SandboxRules.requiredList("mailboxes", drafts);
        return state.locked(() -> {
            Set<String> addresses = new HashSet<>();
            for (int i = 0; i < drafts.size(); i++) {
                MailboxDraft draft = drafts.get(i);
                String field = "mailboxes." + i + ".username";
                if (findActiveDomain(draft).isEmpty()) {
                    throw SandboxProblem.invalidField(field, "The domain " + draft.domain()
                            + " is not in your account or is not active.");
                }
                if (!addresses.add(draft.username()) || isReserved(draft.username())) {
                    throw SandboxProblem.invalidField(field, "The mailbox " + draft.username() + " already exists.");
                }
            }
            long free = state.account().mailboxesSlots() - state.mailboxCount()
                    - state.mailboxJobs().pendingDrafts().count();
            if (drafts.size() > free) {
                throw SandboxProblem.invalid("Not enough mailbox slots: " + Math.max(0, free) + " free, "
                        + drafts.size() + " requested.");
            }
            return state.mailboxJobs().open(drafts);
        });
    }

    /** M4/G8: counts the poll; on completion the mailboxes are created and listed in {@code data}. */
    Optional<Map<String, Object>> status(String uuid) {
        return state.locked(() -> state.mailboxJobs().poll(uuid, this::complete)
                .map(job -> job.body(BATCH, job.completed() ? created(job.createdIds()) : List.of())));
    }

    /** M5/G9. */
    void rename(long id, String name) {
        String newName = SandboxRules.required("name", name);
        state.change(() -> state.save(state.mailbox(id).renamed(newName, state.now())));
    }

    /** M6: 8 to 24 characters, like at creation. */
    void changePassword(long id, String password) {
        String newPassword = SandboxRules.length("password", SandboxRules.required("password", password), 8, 24);
        state.change(() -> state.save(state.mailbox(id).withPassword(newPassword, state.now())));
    }

    /** M7. */
    void delete(long id) {
        state.change(() -> state.removeMailbox(state.mailbox(id).id()));
    }

    private List<Long> complete(List<MailboxDraft> drafts) {
        return drafts.stream()
                .filter(draft -> state.mailboxNamed(draft.username()).isEmpty())
                .flatMap(draft -> findActiveDomain(draft).stream()
                        .map(domain -> state.addMailbox(domain.id(), draft).id()))
                .toList();
    }

    /** The mailboxes a job created that still exist, as its {@code data}. */
    private List<Map<String, Object>> created(List<Long> ids) {
        return ids.stream().flatMap(id -> state.findMailbox(id).stream()).map(SandboxMailbox::listItem).toList();
    }

    private Optional<SandboxDomain> findActiveDomain(MailboxDraft draft) {
        return state.domainNamed(draft.domain())
                .filter(domain -> domain.active() && domain.provider() == draft.provider());
    }

    private boolean isReserved(String username) {
        return state.mailboxNamed(username).isPresent()
                || state.mailboxJobs().pendingDrafts().anyMatch(draft -> draft.username().equals(username));
    }
}
