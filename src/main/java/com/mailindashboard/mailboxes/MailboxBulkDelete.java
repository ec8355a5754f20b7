package com.mailindashboard.mailboxes;

import com.mailindashboard.gateway.MailboxClient;
import com.mailindashboard.gateway.MailinException;
import com.mailindashboard.gateway.MailinNotConfiguredException;
import com.mailindashboard.gateway.MailinSubscriptionRequiredException;
import com.mailindashboard.gateway.MailinUnauthorizedException;
import com.mailindashboard.gateway.MailinUnavailableException;
import com.mailindashboard.gateway.UpstreamLanes;
import com.mailindashboard.mailboxes.MailboxBulkDeleteResult.Status;
import com.mailindashboard.web.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;

/**
 * Deletes mailboxes one after the other (M7; the gateway audits each call) and reports every one.
 * A failure that concerns one mailbox (not found, refused) does not stop the run; one that concerns
 * every call (Mailin unavailable or not confirming, credentials rejected, no subscription) does,
 * and the mailboxes not tried yet are reported as not attempted rather than hammering a failing
 * upstream.
 */
@Service
class MailboxBulkDelete {

    private final MailboxClient mailboxes;

    MailboxBulkDelete(MailboxClient mailboxes) {
        this.mailboxes = mailboxes;
    }

    MailboxBulkDeleteReport delete(List<Long> ids, LongFunction<String> labels) {
        // one call per mailbox at the budget's pace: work a person started, yielding to pages
        return UpstreamLanes.asStartedWork(() -> deleteEach(ids, labels));
    }

    private MailboxBulkDeleteReport deleteEach(List<Long> ids, LongFunction<String> labels) {
        List<MailboxBulkDeleteResult> results = new ArrayList<>();
        MessageSourceResolvable stoppedBecause = null;
        for (long id : ids) {
            String label = labels.apply(id);
            if (stoppedBecause != null) {
                results.add(new MailboxBulkDeleteResult(id, label, Status.SKIPPED, stoppedBecause));
                continue;
            }
            try {
                mailboxes.delete(id);
                results.add(new MailboxBulkDeleteResult(id, label, Status.DELETED, null));
            } catch (MailinException e) {
                MessageSourceResolvable reason = MailboxProblemText.of(e);
                boolean unknown = e instanceof MailinUnavailableException u && u.outcomeUnknown();
                results.add(new MailboxBulkDeleteResult(id, label, unknown ? Status.UNKNOWN : Status.FAILED, reason));
                if (stopsTheRun(e)) {
                    stoppedBecause = Text.of("mailboxes.list.bulk.stopped", label);
                }
            }
        }
        return new MailboxBulkDeleteReport(results);
    }

    private static boolean stopsTheRun(MailinException e) {
        return e instanceof MailinUnavailableException || e instanceof MailinUnauthorizedException
                || e instanceof MailinNotConfiguredException || e instanceof MailinSubscriptionRequiredException;
    }
}
