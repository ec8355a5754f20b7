package com.mailindashboard.mailboxes;

import com.mailindashboard.gateway.MailinMailbox;

/**
 * One mailbox as an export writes it: names split for the sequencers that want first and last
 * names, Google's and Microsoft 365's well-known IMAP/SMTP hosts filled in when Mailin's list
 * leaves them out, and the password only when the export includes passwords.
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

    static ExportedMailbox of(MailinMailbox mailbox, boolean google, boolean withPassword) {
        String[] names = names(mailbox.name());
        String name = names[0];
        String first = names[1];
        String last = names[2];
        return new ExportedMailbox(mailbox.username(), name, first, last, google ? "google" : "smtp",
                mailbox.status(), mailbox.rateLimit(),
                orDefault(mailbox.imapHost(), google ? GOOGLE_IMAP_HOST : null),
                orDefault(port(mailbox.imapPort()), google ? GOOGLE_IMAP_PORT : null),
                orDefault(mailbox.smtpHost(), google ? GOOGLE_SMTP_HOST : null),
                orDefault(port(mailbox.smtpPort()), google ? GOOGLE_SMTP_PORT : null),
                withPassword ? mailbox.password() : null);
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
