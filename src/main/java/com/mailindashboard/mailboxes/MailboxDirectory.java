package com.mailindashboard.mailboxes;

import java.util.Map;

/**
 * What a dry run and the creation tracker ask Mailin about: whether a domain is in the account
 * and active, and which mailboxes a domain already has. The dry run asks once per domain.
 */
public interface MailboxDirectory {

    /**
     * A domain as the account has it. {@code OTHER_PROVIDER}: not among this provider's domains but
     * among the other one's (a Google Workspace domain named in an SMTP upload, or the reverse).
     */
    enum DomainState { ACTIVE, INACTIVE, NOT_IN_ACCOUNT, OTHER_PROVIDER }

    DomainState domain(MailboxProvider provider, String domain);

    /** The provider's mailboxes on the domain: address (lower case) to mailbox id. */
    Map<String, Long> mailboxes(MailboxProvider provider, String domain);
}
