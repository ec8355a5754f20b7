package com.mailindashboard.domains;

import com.mailindashboard.gateway.MailinDomain;
import com.mailindashboard.gateway.MailinStatus;
import com.mailindashboard.web.StatusBadge;
import com.mailindashboard.web.TimeText;

/**
 * A domain as the pages show it: statuses as badges, dates as {@code yyyy-MM-dd} (UTC), and the
 * link to its detail page when it has one ({@code detailId} is null otherwise).
 */
public record DomainRow(MailinDomain domain, Long detailId, StatusBadge status, StatusBadge nameServerStatus,
                        String created, String updated) {

    static DomainRow of(MailinDomain domain, boolean linkable) {
        return new DomainRow(domain, linkable ? domain.id() : null, StatusBadge.ofDomain(domain.status()),
                StatusBadge.ofNameServers(domain.nameServerStatus()), TimeText.day(domain.createdAt()),
                TimeText.day(domain.updatedAt()));
    }

    /**
     * Whether Mailin's {@code main_domain} names this domain itself: Mailin sends either a name
     * or a flag ({@code 1}) for it.
     */
    public boolean mainDomainIsSelf() {
        String main = mainDomainValue();
        return main != null && (MailinStatus.active(main) || main.equalsIgnoreCase(domain.name()));
    }

    /** The main domain's name when it is another domain; null when it is this one or none. */
    public String mainDomainName() {
        String main = mainDomainValue();
        return main == null || mainDomainIsSelf() || MailinStatus.notActive(main) ? null : main;
    }

    private String mainDomainValue() {
        return domain.mainDomain() == null || domain.mainDomain().isBlank() ? null : domain.mainDomain().strip();
    }

    /** The name servers one per line, for copying them all at once. */
    public String nameServersText() {
        return String.join("\n", domain.nameServerList());
    }
}
