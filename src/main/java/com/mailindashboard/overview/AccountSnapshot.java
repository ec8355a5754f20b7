package com.mailindashboard.overview;

import com.mailindashboard.gateway.MailinServer;
import com.mailindashboard.gateway.MailinUser;
import com.mailindashboard.web.Outcome;
import java.time.Instant;
import java.util.List;

/** The account's figures read from Mailin at {@code readAt}, each with its value or the problem that kept it from loading. */
public record AccountSnapshot(Outcome<MailinUser> user, Outcome<List<MailinServer>> servers, Outcome<Long> credits,
                              Instant readAt) {

    public long activeServers() {
        return servers.ok() ? servers.value().stream().filter(MailinServer::isActive).count() : 0;
    }

    public long inactiveServers() {
        return servers.ok() ? servers.value().size() - activeServers() : 0;
    }

    /** The account's mailbox slots, or null when Mailin did not say (or said something that is not a number). */
    public Long slots() {
        if (!user.ok() || user.value().mailboxesSlots() == null) {
            return null;
        }
        try {
            return Long.parseLong(user.value().mailboxesSlots().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
