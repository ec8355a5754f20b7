package com.mailindashboard.mailboxes;

/**
 * A dry run or a confirm refused before any work was done (file too large, too many rows, no
 * address column, nothing to check...): a message key and its arguments for the page.
 */
public class MailboxCreationRefusal extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public MailboxCreationRefusal(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
