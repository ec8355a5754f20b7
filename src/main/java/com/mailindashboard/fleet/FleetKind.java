package com.mailindashboard.fleet;

import java.util.Locale;

/**
 * The five upstream lists that make up the fleet, each with the dashboard list it opens and the
 * page of one item (null when the list's ids have no page: Inboxkit ids are not domain ids).
 */
public enum FleetKind {
    SMTP_DOMAINS("/domains", true, "/domains/"),
    GOOGLE_DOMAINS("/domains/google", true, "/domains/"),
    INBOXKIT_DOMAINS("/domains/inboxkit", true, null),
    SMTP_MAILBOXES("/mailboxes", false, "/mailboxes/"),
    GOOGLE_MAILBOXES("/mailboxes/google", false, "/mailboxes/");

    private final String listPath;
    private final boolean domains;
    private final String detailPath;

    FleetKind(String listPath, boolean domains, String detailPath) {
        this.listPath = listPath;
        this.domains = domains;
        this.detailPath = detailPath;
    }

    /** The dashboard list of this kind, e.g. {@code /domains/google}. */
    public String listPath() {
        return listPath;
    }

    public boolean domains() {
        return domains;
    }

    /** The page of one item, {@code detailPath() + id}; null when there is none. */
    public String detailPath() {
        return detailPath;
    }

    /** The list filtered to one status group, e.g. {@code /domains?status=pending}. */
    public String listUrl(StatusGroup group) {
        return group == null ? listPath : listPath + "?status=" + group.key();
    }

    /** The message key part: {@code fleet.kind.<key>}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
