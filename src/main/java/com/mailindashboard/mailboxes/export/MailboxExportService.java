package com.mailindashboard.mailboxes.export;

import com.mailindashboard.csv.CsvCells;
import com.mailindashboard.gateway.GoogleCredentials;
import com.mailindashboard.gateway.GoogleMailboxClient;
import com.mailindashboard.gateway.MailboxClient;
import com.mailindashboard.gateway.MailinMailbox;
import com.mailindashboard.gateway.MailinNotFoundException;
import com.mailindashboard.gateway.MailinPage;
import com.mailindashboard.gateway.MailinStatus;
import com.mailindashboard.gateway.PageRequest;
import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;

/**
 * Writes mailboxes as CSV for a sequencer, page by page from Mailin (never the whole account in
 * memory), every cell protected against formula injection. Google rows exported with passwords
 * carry the app password (G11, one call per mailbox); every call of an export is paced by
 * {@link MailboxExportProperties#maxCallsPerSecond()} so the rest of the dashboard keeps part of
 * Mailin's rate budget while a long export runs.
 */
@Service
class MailboxExportService {

    static final int PER_PAGE = 100;

    private final MailboxClient smtp;
    private final GoogleMailboxClient google;
    private final MailboxExportProperties properties;

    MailboxExportService(MailboxClient smtp, GoogleMailboxClient google, MailboxExportProperties properties) {
        this.smtp = smtp;
        this.google = google;
        this.properties = properties;
    }

    /**
     * An export ready to be written: the first page of each list is already read, so an upstream
     * failure shows before any byte is written and the number of pages is known from the start.
     */
    Export prepare(MailboxExportForm form) {
        Pacer pacer = new Pacer(properties.maxCallsPerSecond());
        boolean withSmtp = form.getProvider() != MailboxExportForm.Provider.GOOGLE;
        boolean withGoogle = form.getProvider() != MailboxExportForm.Provider.SMTP;
        Source first = withSmtp ? new Source(false, smtp::mailboxes) : new Source(true, google::mailboxes);
        Source second = withSmtp && withGoogle ? new Source(true, google::mailboxes) : null;
        MailinPage<MailinMailbox> firstPage = pacer.call(() -> first.read(form, 1));
        MailinPage<MailinMailbox> secondPage = second == null ? null : pacer.call(() -> second.read(form, 1));
        return new Export(form, first, firstPage, second, secondPage, pacer, this::appPassword);
    }

    /**
     * G11's app password without the spaces Google shows it with; null (and counted by the export)
     * when Mailin has none for the mailbox or no longer knows it.
     */
    private String appPassword(long mailboxId) {
        try {
            GoogleCredentials credentials = google.credentials(mailboxId);
            if (credentials.hasError() || credentials.appPassword() == null) {
                return null;
            }
            String compact = credentials.appPassword().replaceAll("\\s+", "");
            return compact.isEmpty() ? null : compact;
        } catch (MailinNotFoundException e) {
            return null;
        }
    }

    record Source(boolean google, Function<PageRequest, MailinPage<MailinMailbox>> list) {

        MailinPage<MailinMailbox> read(MailboxExportForm form, int page) {
            return list.apply(new PageRequest(page, PER_PAGE, form.hasDomain() ? form.getDomain() : null));
        }
    }

    /**
     * Told after each page ({@code pageEnd}) and each app password; throws
     * {@link MailboxExportCancelled} to stop the export.
     */
    @FunctionalInterface
    interface Progress {
        void update(Export export, boolean pageEnd);
    }

    /** Thrown by a {@link Progress} when the export was cancelled: the writing stops there. */
    static final class MailboxExportCancelled extends RuntimeException {
        MailboxExportCancelled() {
            super("export cancelled", null, false, false);
        }
    }

    /** Spaces this export's upstream calls at most {@code perSecond} a second. */
    static final class Pacer {

        private final long gapNanos;
        private long next;

        Pacer(double perSecond) {
            this.gapNanos = perSecond <= 0 ? 0 : (long) (1_000_000_000L / perSecond);
            this.next = System.nanoTime();
        }

        <T> T call(Supplier<T> call) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new MailboxExportCancelled();
                }
            }
            next = Math.max(next, System.nanoTime()) + gapNanos;
            return call.get();
        }
    }

    /** One export in progress. */
    static final class Export {

        private final MailboxExportForm form;
        private final Source first;
        private final MailinPage<MailinMailbox> firstPage;
        private final Source second;
        private final MailinPage<MailinMailbox> secondPage;
        private final Pacer pacer;
        private final Function<Long, String> appPasswords;
        private final Set<Long> ids;
        /** The picked ids not found yet: an export of a selection stops reading once all are written. */
        private final Set<Long> missing;
        private long written;
        private int pagesRead;
        private int appPasswordsMissing;

        Export(MailboxExportForm form, Source first, MailinPage<MailinMailbox> firstPage, Source second,
               MailinPage<MailinMailbox> secondPage, Pacer pacer, Function<Long, String> appPasswords) {
            this.form = form;
            this.first = first;
            this.firstPage = firstPage;
            this.second = second;
            this.secondPage = secondPage;
            this.pacer = pacer;
            this.appPasswords = appPasswords;
            this.ids = new HashSet<>(form.getIds());
            this.missing = new HashSet<>(ids);
        }

        /** Writes the header and every matching mailbox, telling {@code progress} as it goes. */
        void writeTo(Writer out, Progress progress) throws IOException {
            out.write(CsvCells.row(form.getFormat().header()));
            writeSource(out, first, firstPage, progress);
            if (second != null && !selectionComplete()) {
                writeSource(out, second, secondPage, progress);
            }
            out.flush();
        }

        /** How many mailbox rows were written so far (also after a failure midway). */
        long written() {
            return written;
        }

        int pagesRead() {
            return pagesRead;
        }

        /** Every page the export reads, as far as Mailin's first pages tell. */
        int pagesTotal() {
            return firstPage.pageCount() + (secondPage == null ? 0 : secondPage.pageCount());
        }

        /** Google rows written without an app password because Mailin had none for them. */
        int appPasswordsMissing() {
            return appPasswordsMissing;
        }

        private void writeSource(Writer out, Source source, MailinPage<MailinMailbox> page, Progress progress)
                throws IOException {
            while (true) {
                for (MailinMailbox mailbox : page.data()) {
                    if (matches(mailbox)) {
                        out.write(CsvCells.row(form.getFormat().row(exported(mailbox, source, progress))));
                        written++;
                        missing.remove(mailbox.id());
                    }
                }
                out.flush();
                pagesRead++;
                progress.update(this, true);
                if (!page.hasNext() || page.data().isEmpty() || selectionComplete()) {
                    return;
                }
                int next = page.page() + 1;
                page = pacer.call(() -> source.read(form, next));
            }
        }

        private ExportedMailbox exported(MailinMailbox mailbox, Source source, Progress progress) {
            if (!source.google()) {
                return ExportedMailbox.smtp(mailbox, form.isIncludePasswords());
            }
            if (!form.isIncludePasswords() || mailbox.id() == null) {
                return ExportedMailbox.google(mailbox, null);
            }
            String appPassword = pacer.call(() -> appPasswords.apply(mailbox.id()));
            if (appPassword == null) {
                appPasswordsMissing++;
            }
            progress.update(this, false);
            return ExportedMailbox.google(mailbox, appPassword);
        }

        private boolean selectionComplete() {
            return !ids.isEmpty() && missing.isEmpty();
        }

        private boolean matches(MailinMailbox mailbox) {
            if (!ids.isEmpty() && !ids.contains(mailbox.id())) {
                return false;
            }
            if (form.hasDomain() && (mailbox.username() == null
                    || !mailbox.username().toLowerCase(Locale.ROOT).endsWith("@" + form.getDomain()))) {
                return false;
            }
            return switch (form.getStatus()) {
                case ANY -> true;
                case ACTIVE -> MailinStatus.active(mailbox.status());
                case INACTIVE -> !MailinStatus.active(mailbox.status());
            };
        }
    }
}
