package com.mailindashboard.mailboxes;

import java.util.List;

/**
 * One stored row of a dry run: its values (the password only encrypted), its verdict and, once
 * confirmed, its chunk and what became of it ({@code CREATED} with the mailbox id, or
 * {@code FAILED} with the reason, and whether it may be sent again as it is).
 */
public record MailboxDryRunRow(long id, int line, String address, String name, String firstName, String lastName,
                               String passwordEncrypted, List<String> problems, Integer chunkIndex, String outcome,
                               Long mailboxId, String outcomeReason, boolean resendable) {

    public static final String CREATED = "CREATED";
    public static final String FAILED = "FAILED";

    public MailboxDryRunRow {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public boolean hasPassword() {
        return passwordEncrypted != null;
    }

    @Override
    public String toString() {
        return "MailboxDryRunRow[line=" + line + ", address=" + address + ", problems=" + problems + ", outcome="
                + outcome + "]";
    }
}
