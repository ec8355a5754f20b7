package com.mailindashboard.mailboxes;

import com.mailindashboard.gateway.MailboxJobAccepted;
import com.mailindashboard.gateway.MailboxJobStatus;
import com.mailindashboard.gateway.MailinMailbox;
import com.mailindashboard.gateway.MailinPage;
import com.mailindashboard.gateway.PageRequest;
import java.util.List;
import java.util.function.Supplier;

/**
 * The calls that differ between the two mailbox providers (SMTP: M1, M3, M4, M5; Google: G5, G7,
 * G8, G9), one implementation each; {@link MailboxProviders} picks the one for a provider.
 */
interface ProviderMailboxes {

    MailboxProvider provider();

    /** One page of the provider's list (M1 or G5). */
    MailinPage<MailinMailbox> list(PageRequest request);

    /**
     * The creation call for these rows (M3 or G7), ready to send: anything secret is decrypted now,
     * so a bad key fails before anything is sent.
     */
    Supplier<MailboxJobAccepted> creation(List<MailboxDryRunRow> rows);

    /** The state of a creation job (M4 or G8). */
    MailboxJobStatus jobStatus(String uuid);

    /** Sets the display name (M5 or G9). */
    void rename(long mailboxId, String name);
}
