package com.mailindashboard.mailboxes;

import com.mailindashboard.gateway.MailboxClient;
import com.mailindashboard.gateway.MailboxJobAccepted;
import com.mailindashboard.gateway.MailboxJobStatus;
import com.mailindashboard.gateway.MailinMailbox;
import com.mailindashboard.gateway.MailinPage;
import com.mailindashboard.gateway.NewMailbox;
import com.mailindashboard.gateway.PageRequest;
import com.mailindashboard.secrets.SecretCipher;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/** SMTP mailboxes: M1, M3 (address, name, password), M4, M5. */
@Component
class SmtpMailboxes implements ProviderMailboxes {

    private final MailboxClient mailboxes;
    private final SecretCipher cipher;

    SmtpMailboxes(MailboxClient mailboxes, SecretCipher cipher) {
        this.mailboxes = mailboxes;
        this.cipher = cipher;
    }

    @Override
    public MailboxProvider provider() {
        return MailboxProvider.SMTP;
    }

    @Override
    public MailinPage<MailinMailbox> list(PageRequest request) {
        return mailboxes.mailboxes(request);
    }

    @Override
    public Supplier<MailboxJobAccepted> creation(List<MailboxDryRunRow> rows) {
        List<NewMailbox> list = rows.stream()
                .map(row -> new NewMailbox(row.address(), row.name(), cipher.decrypt(row.passwordEncrypted())))
                .toList();
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
