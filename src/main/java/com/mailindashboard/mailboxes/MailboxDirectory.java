package com.mailindashboard.mailboxes;

import java.util.Map;

/**
 * What a dry run and the creation tracker ask Mailin about: whether a domain is in the account
 * and active, and which mailboxes a domain already has. The dry run asks once per domain.
 */
public interface MailboxDirectory {

    /** A domain as the account has it. */
    enum DomainState { ACTIVE, INACTIVE, NOT_IN_ACCOUNT }

    DomainState domain(MailboxCreationProvider provider, String domain);

    /** The provider's mailboxes on the domain: address (lower case) to mailbox id. */
    Map<String, Long> mailboxes(MailboxCreationProvider provider, String domain);
}
