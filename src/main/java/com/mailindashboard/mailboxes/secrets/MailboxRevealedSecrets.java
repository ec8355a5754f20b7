package com.mailindashboard.mailboxes.secrets;

/**
 * Secrets of one mailbox, revealed on purpose by an admin or operator: the password (M2 for SMTP,
 * G11 for Google) and, for Google, the TOTP secret and app password. Never logged.
 */
public record MailboxRevealedSecrets(long mailboxId, String address, String password, String secret,
                                     String appPassword) {

    @Override
    public String toString() {
        return "MailboxRevealedSecrets[mailboxId=" + mailboxId + ", address=" + address + ", secrets=***]";
    }
}
