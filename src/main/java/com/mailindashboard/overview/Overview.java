package com.mailindashboard.overview;

import com.mailindashboard.gateway.MailinServer;
import com.mailindashboard.gateway.MailinUser;
import com.mailindashboard.web.Outcome;
import java.util.List;

/** The overview's panels, each with its value or the problem that kept it from loading. */
public record Overview(Outcome<MailinUser> user, Outcome<List<MailinServer>> servers, Outcome<Long> credits) {

    public long activeServers() {
        return servers.ok() ? servers.value().stream().filter(MailinServer::isActive).count() : 0;
    }
}
