package com.mailindashboard.mailboxes;

import com.mailindashboard.csv.CsvCells;
import com.mailindashboard.gateway.GoogleMailboxClient;
import com.mailindashboard.gateway.MailboxClient;
import com.mailindashboard.gateway.MailinMailbox;
import com.mailindashboard.gateway.MailinPage;
import com.mailindashboard.gateway.MailinStatus;
import com.mailindashboard.gateway.PageRequest;
import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * Writes mailboxes as CSV for a sequencer, page by page from Mailin (never the whole account in
 * memory), every cell protected against formula injection.
 */
@Service
class MailboxExportService {

    static final int PER_PAGE = 100;

    private final MailboxClient smtp;
    private final GoogleMailboxClient google;

    MailboxExportService(MailboxClient smtp, GoogleMailboxClient google) {
        this.smtp = smtp;
        this.google = google;
    }

    /** An export ready to be written: its first page is already read, so an upstream failure shows before any byte is sent. */
    Export prepare(MailboxExportForm form) {
        boolean withSmtp = form.getProvider() != MailboxExportForm.Provider.GOOGLE;
        boolean withGoogle = form.getProvider() != MailboxExportForm.Provider.SMTP;
        Source first = withSmtp ? new Source(false, smtp::mailboxes) : new Source(true, google::mailboxes);
        Source second = withSmtp && withGoogle ? new Source(true, google::mailboxes) : null;
        MailinPage<MailinMailbox> firstPage = first.read(form, 1);
        return new Export(form, first, firstPage, second);
    }

    record Source(boolean google, Function<PageRequest, MailinPage<MailinMailbox>> list) {

        MailinPage<MailinMailbox> read(MailboxExportForm form, int page) {
            return list.apply(new PageRequest(page, PER_PAGE, form.hasDomain() ? form.getDomain() : null));
        }
    }

    /** One export in progress. */
    static final class Export {

        private final MailboxExportForm form;
        private final Source first;
        private final MailinPage<MailinMailbox> firstPage;
        private final Source second;
        private final Set<Long> ids;
        /** The picked ids not found yet: an export of a selection stops reading once all are written. */
        private final Set<Long> missing;
        private long written;

        Export(MailboxExportForm form, Source first, MailinPage<MailinMailbox> firstPage, Source second) {
            this.form = form;
            this.first = first;
            this.firstPage = firstPage;
            this.second = second;
            this.ids = new HashSet<>(form.getIds());
            this.missing = new HashSet<>(ids);
        }

        /** Writes the header and every matching mailbox. */
        void writeTo(Writer out) throws IOException {
            out.write(CsvCells.row(form.getFormat().header()));
            writeSource(out, first, firstPage);
            if (second != null && !selectionComplete()) {
                writeSource(out, second, second.read(form, 1));
            }
            out.flush();
        }

        /** How many mailbox rows were written so far (also after a failure midway). */
        long written() {
            return written;
        }

        private void writeSource(Writer out, Source source, MailinPage<MailinMailbox> page) throws IOException {
            while (true) {
                for (MailinMailbox mailbox : page.data()) {
                    if (matches(mailbox)) {
                        out.write(CsvCells.row(form.getFormat().row(
                                ExportedMailbox.of(mailbox, source.google(), form.isIncludePasswords()))));
                        written++;
                        missing.remove(mailbox.id());
                    }
                }
                out.flush();
                if (!page.hasNext() || page.data().isEmpty() || selectionComplete()) {
                    return;
                }
                page = source.read(form, page.page() + 1);
            }
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
