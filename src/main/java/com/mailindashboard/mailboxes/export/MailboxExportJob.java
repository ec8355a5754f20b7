package com.mailindashboard.mailboxes.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One export run in the background: what was asked for, how far it got (pages read of the pages
 * Mailin's lists have, rows written), and its file's name and expiry once done.
 */
public record MailboxExportJob(String id, State state, MailboxExportFormat format, MailboxExportForm.Provider provider,
                               String domain, MailboxExportForm.Status status, boolean includePasswords, List<Long> ids,
                               String fileName, long rowsWritten, int pagesRead, Integer pagesTotal,
                               int appPasswordsMissing, String problem, String requestedBy, Instant createdAt,
                               Instant updatedAt, Instant finishedAt, Instant expiresAt) {

    /** Where an export stands; QUEUED and RUNNING are active. */
    public enum State {
        QUEUED, RUNNING, DONE, FAILED, CANCELLED, EXPIRED;

        public boolean active() {
            return this == QUEUED || this == RUNNING;
        }

        /** The Bootstrap badge class every page shows this state with. */
        public String badge() {
            return switch (this) {
                case QUEUED -> "text-bg-secondary";
                case RUNNING -> "text-bg-primary";
                case DONE -> "text-bg-success";
                case FAILED -> "text-bg-danger";
                case CANCELLED, EXPIRED -> "text-bg-light";
            };
        }
    }

    public MailboxExportJob {
        ids = ids == null ? List.of() : List.copyOf(ids);
    }

    public boolean active() {
        return state.active();
    }

    public boolean downloadable() {
        return state == State.DONE;
    }

    /** Pages still to read; null while Mailin's first pages are not read yet. */
    public Integer pagesLeft() {
        return pagesTotal == null ? null : Math.max(0, pagesTotal - pagesRead);
    }

    public int percent() {
        if (state == State.DONE) {
            return 100;
        }
        return pagesTotal == null || pagesTotal == 0 ? 0 : Math.min(100, pagesRead * 100 / pagesTotal);
    }

    /** The form this export was started from (to run it, or to start it again). */
    public MailboxExportForm form() {
        MailboxExportForm form = new MailboxExportForm();
        form.setFormat(format);
        form.setProvider(provider);
        form.setDomain(domain);
        form.setStatus(status);
        form.setIncludePasswords(includePasswords);
        form.setIds(new ArrayList<>(ids));
        return form;
    }
}
