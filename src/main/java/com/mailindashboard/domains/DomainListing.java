package com.mailindashboard.domains;

/**
 * The three domain lists: the account's SMTP domains (D3), its Google domains (G1) and its
 * Inboxkit domains (D2). Only the first two link to {@code /domains/{id}} (D4 shows their ids).
 */
enum DomainListing {
    SMTP("/domains", DomainProvider.SMTP, true),
    GOOGLE("/domains/google", DomainProvider.GOOGLE, true),
    INBOXKIT("/domains/inboxkit", DomainProvider.INBOXKIT, false);

    private final String path;
    private final DomainProvider provider;
    private final boolean linksToDetail;

    DomainListing(String path, DomainProvider provider, boolean linksToDetail) {
        this.path = path;
        this.provider = provider;
        this.linksToDetail = linksToDetail;
    }

    DomainProvider provider() {
        return provider;
    }

    public String path() {
        return path;
    }

    public boolean linksToDetail() {
        return linksToDetail;
    }

    /** The message key part of this list's title and tab: {@code domains.list.<key>.title}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
