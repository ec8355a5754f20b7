package com.mailindashboard.mailboxes;

import com.mailindashboard.gateway.UpstreamLanes;
import com.mailindashboard.secrets.SecretCipher;
import com.mailindashboard.text.Texts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks an upload before anything is created, and stores every row with its verdict.
 *
 * <ol>
 * <li>First pass over the source: local checks, the row count (a source over the limit is refused
 * here, before any upstream call) and the set of domains with valid addresses.</li>
 * <li>Each domain is looked up once: is it in the account and active, and which mailboxes does it
 * already have (one paged list per domain instead of one call per address).</li>
 * <li>Second pass: the same local checks plus the lookups' answers; rows are stored in batches,
 * passwords encrypted.</li>
 * </ol>
 * Both passes stream: the source is never held in memory, only the domains and, for duplicate
 * detection, the addresses seen.
 */
@Service
public class MailboxCreationDryRun {

    static final int BATCH_ROWS = 1000;
    /** Longer passwords are invalid anyway; what is kept of them (to hand back in the error download) is capped. */
    static final int KEPT_PASSWORD_CHARS = 64;

    private final MailboxDirectory directory;
    private final MailboxDryRunStore store;
    private final SecretCipher cipher;
    private final TransactionTemplate transactions;
    private final Clock clock;

    MailboxCreationDryRun(MailboxDirectory directory, MailboxDryRunStore store, SecretCipher cipher,
                          TransactionTemplate transactions, Clock clock) {
        this.directory = directory;
        this.store = store;
        this.cipher = cipher;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Runs the dry run and returns the stored result.
     *
     * @param sourceName the uploaded file's name, or null for rows typed in the form
     * @throws MailboxCreationRefusal when the source is over a limit, has no address column or no rows
     */
    public MailboxDryRunSummary run(MailboxProvider provider, MailboxRowSource source, String sourceName,
                                    String requestedBy) throws IOException {
        Set<String> domains = scan(provider, source);
        // the lookups are work a person started: they yield to pages in the upstream budget
        MailboxLookups lookups = UpstreamLanes.asStartedWork(() -> MailboxLookups.of(directory, provider, domains));
        try {
            String id = transactions.execute(status -> store(provider, source, sourceName, requestedBy, lookups));
            return store.find(id).orElseThrow();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The first pass: counts (refusing over the limit), checks locally and collects the domains. */
    private static Set<String> scan(MailboxProvider provider, MailboxRowSource source) throws IOException {
        Set<String> domains = new LinkedHashSet<>();
        int rows = 0;
        try (MailboxRows in = source.open()) {
            MailboxRowChecks checks = new MailboxRowChecks(provider);
            for (MailboxCsvRow row = in.next(); row != null; row = in.next()) {
                rows++;
                MailboxRowVerdict verdict = checks.check(row);
                if (verdict.domain() != null) {
                    domains.add(verdict.domain());
                }
            }
        }
        if (rows == 0) {
            throw new MailboxCreationRefusal("mailboxes.dryrun.empty");
        }
        return domains;
    }

    private String store(MailboxProvider provider, MailboxRowSource source, String sourceName,
                         String requestedBy, MailboxLookups lookups) {
        String id = UUID.randomUUID().toString();
        try (MailboxRows in = source.open()) {
            store.create(new MailboxDryRunSummary(id, provider, sourceName, MailboxDryRunState.PREVIEW,
                    UUID.randomUUID().toString(), in.notices(), 0, 0, null, requestedBy, clock.instant(), null, null,
                    null));
            MailboxRowChecks checks = new MailboxRowChecks(provider);
            List<MailboxRowVerdict> batch = new ArrayList<>(BATCH_ROWS);
            List<String> passwords = new ArrayList<>(BATCH_ROWS);
            int total = 0;
            int valid = 0;
            for (MailboxCsvRow row = in.next(); row != null; row = in.next()) {
                MailboxRowVerdict verdict = lookups.check(checks.check(row));
                total++;
                valid += verdict.ok() ? 1 : 0;
                batch.add(verdict);
                passwords.add(verdict.password() == null ? null
                        : cipher.encrypt(Texts.fit(verdict.password(), KEPT_PASSWORD_CHARS)));
                if (batch.size() == BATCH_ROWS) {
                    store.insertRows(id, batch, passwords);
                    batch.clear();
                    passwords.clear();
                }
            }
            if (!batch.isEmpty()) {
                store.insertRows(id, batch, passwords);
            }
            store.counts(id, total, valid);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
