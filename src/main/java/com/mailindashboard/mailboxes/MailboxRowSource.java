package com.mailindashboard.mailboxes;

import java.io.IOException;

/**
 * Where a dry run reads its rows. It is opened twice: once to count and collect the domains (so
 * limits are refused before any upstream call), once to store the verdicts; each pass streams.
 */
@FunctionalInterface
public interface MailboxRowSource {

    MailboxRows open() throws IOException;
}
