package com.mailindashboard.mailboxes;

/**
 * How a mailbox write reads in the page: the flash message on success (with its arguments), where
 * the browser goes then, and which form field receives Mailin's per-field messages for which of its
 * fields ({@code upstreamField}, as Laravel names it).
 */
record MailboxAction(long mailboxId, String successKey, Object[] successArgs, String successPath, String field,
                     String upstreamField) {

    static MailboxAction on(long mailboxId, String successKey) {
        return new MailboxAction(mailboxId, successKey, new Object[0], "/mailboxes/" + mailboxId, null, null);
    }

    MailboxAction field(String formField, String upstream) {
        return new MailboxAction(mailboxId, successKey, successArgs, successPath, formField, upstream);
    }

    MailboxAction then(String path, Object... args) {
        return new MailboxAction(mailboxId, successKey, args, path, field, upstreamField);
    }
}
