package com.mailindashboard.orders;

/** How an order's mailboxes come about: Mailin generates them from names, or the team lists all of them. */
public enum MailboxMode {
    AUTO, MANUAL;

    /** Mailin's word for it. */
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static MailboxMode ofWire(String text) {
        return "manual".equalsIgnoreCase(text) ? MANUAL : "auto".equalsIgnoreCase(text) ? AUTO : null;
    }
}
