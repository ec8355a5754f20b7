package com.mailindashboard.mailboxes.export;

import com.mailindashboard.gateway.MailinMailbox;
import com.mailindashboard.gateway.MailinStatus;

/**
 * One mailbox as an export writes it: names split for the sequencers that want first and last
 * names, Google's and Microsoft 365's well-known IMAP/SMTP hosts filled in when Mailin's list
 * leaves them out, one status wording for every provider, and a password only when the export
 * includes passwords (for Google rows, the app password).
 */
public record ExportedMailbox(String email, String name, String firstName, String lastName, String provider,
                       String status, String rateLimit, String imapHost, String imapPort, String smtpHost,
                       String smtpPort, String password) {

    static final String GOOGLE_IMAP_HOST = "imap.gmail.com";
    static final String GOOGLE_IMAP_PORT = "993";
    static final String GOOGLE_SMTP_HOST = "smtp.gmail.com";
    static final String GOOGLE_SMTP_PORT = "587";

    static final String MICROSOFT_IMAP_HOST = "outlook.office365.com";
    static final String MICROSOFT_IMAP_PORT = "993";
    static final String MICROSOFT_SMTP_HOST = "smtp.office365.com";
    static final String MICROSOFT_SMTP_PORT = "587";

    /** A Microsoft 365 mailbox of an Azure order (Z5): Microsoft's IMAP/SMTP hosts and ports, no status or limit. */
    public static ExportedMailbox microsoft(String name, String username, String password, boolean withPassword) {
        String[] names = names(name);
        return new ExportedMailbox(username, names[0], names[1], names[2], "microsoft", null, null,
                MICROSOFT_IMAP_HOST, MICROSOFT_IMAP_PORT, MICROSOFT_SMTP_HOST, MICROSOFT_SMTP_PORT,
                withPassword ? password : null);
    }

    /** The whole name, its first word and the rest. */
    private static String[] names(String raw) {
        String name = raw == null ? "" : raw.strip();
        int space = name.indexOf(' ');
        return new String[] {name, space < 0 ? name : name.substring(0, space),
                space < 0 ? "" : name.substring(space + 1).strip()};
    }

    /** An SMTP mailbox: its own password (from the list) when passwords are exported. */
    static ExportedMailbox smtp(MailinMailbox mailbox, boolean withPassword) {
        return of(mailbox, false, withPassword ? mailbox.password() : null);
    }

    /**
     * A Google mailbox. Google refuses the account password over IMAP and SMTP once 2-Step
     * Verification is on (every Mailin Google mailbox has it), so the password cells hold the app
     * password (G11), or nothing: never the account password the list carries.
     */
    static ExportedMailbox google(MailinMailbox mailbox, String appPassword) {
        return of(mailbox, true, appPassword);
    }

    private static ExportedMailbox of(MailinMailbox mailbox, boolean google, String password) {
        String[] names = names(mailbox.name());
        return new ExportedMailbox(mailbox.username(), names[0], names[1], names[2], google ? "google" : "smtp",
                statusWord(mailbox.status()), mailbox.rateLimit(),
                orDefault(mailbox.imapHost(), google ? GOOGLE_IMAP_HOST : null),
                orDefault(port(mailbox.imapPort()), google ? GOOGLE_IMAP_PORT : null),
                orDefault(mailbox.smtpHost(), google ? GOOGLE_SMTP_HOST : null),
                orDefault(port(mailbox.smtpPort()), google ? GOOGLE_SMTP_PORT : null),
                password);
    }

    /**
     * One wording for every provider: Mailin says "Active" for SMTP mailboxes and "1" for Google
     * ones; the export says Active or Inactive for both, and an unknown word as Mailin sent it.
     */
    static String statusWord(String status) {
        if (MailinStatus.active(status)) {
            return "Active";
        }
        if (MailinStatus.notActive(status)) {
            return "Inactive";
        }
        return status == null || status.isBlank() ? null : status.strip();
    }

    /** The daily limit as a number when Mailin's rate limit starts with one ("50", "500 / d"). */
    String dailyLimit() {
        if (rateLimit == null) {
            return null;
        }
        String digits = rateLimit.strip().replaceAll("^(\\d+).*$", "$1");
        return digits.chars().allMatch(Character::isDigit) && !digits.isEmpty() ? digits : null;
    }

    private static String port(Integer port) {
        return port == null ? null : String.valueOf(port);
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public String toString() {
        return "ExportedMailbox[" + email + ", password=***]";
    }
}
