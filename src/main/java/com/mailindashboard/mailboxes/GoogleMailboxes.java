package com.mailindashboard.mailboxes;

import com.mailindashboard.gateway.GoogleMailboxClient;
import com.mailindashboard.gateway.MailboxJobAccepted;
import com.mailindashboard.gateway.MailboxJobStatus;
import com.mailindashboard.gateway.MailinMailbox;
import com.mailindashboard.gateway.MailinPage;
import com.mailindashboard.gateway.NewGoogleMailbox;
import com.mailindashboard.gateway.PageRequest;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/** Google Workspace mailboxes: G5, G7 (address, first and last name), G8, G9. */
@Component
class GoogleMailboxes implements ProviderMailboxes {

    private final GoogleMailboxClient mailboxes;

    GoogleMailboxes(GoogleMailboxClient mailboxes) {
        this.mailboxes = mailboxes;
    }

    @Override
    public MailboxProvider provider() {
        return MailboxProvider.GOOGLE;
    }

    @Override
    public MailinPage<MailinMailbox> list(PageRequest request) {
        return mailboxes.mailboxes(request);
    }

    @Override
    public Supplier<MailboxJobAccepted> creation(List<MailboxDryRunRow> rows) {
        List<NewGoogleMailbox> list = rows.stream()
                .map(row -> new NewGoogleMailbox(row.address(), row.firstName(), row.lastName())).toList();
        return () -> mailboxes.create(list);
    }

    @Override
    public MailboxJobStatus jobStatus(String uuid) {
        return mailboxes.jobStatus(uuid);
    }

    @Override
    public void rename(long mailboxId, String name) {
        mailboxes.rename(mailboxId, name);
    }
}
