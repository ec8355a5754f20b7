package com.mailindashboard.team;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the first admin from {@code DASHBOARD_ADMIN_EMAIL}/{@code _PASSWORD} when no user exists. */
@Component
class AdminBootstrap {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final TeamService team;
    private final String email;
    private final String password;

    AdminBootstrap(TeamService team, AdminProperties admin) {
        this.team = team;
        this.email = admin.email();
        this.password = admin.password();
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void createFirstAdmin() {
        if (email.isBlank() || password.isBlank() || team.anyUser()) {
            return;
        }
        try {
            team.createFirstAdmin(email, "Administrator", password, "environment");
            log.info("Created the first admin {} from DASHBOARD_ADMIN_EMAIL", email);
        } catch (TeamRuleException e) {
            log.error("DASHBOARD_ADMIN_PASSWORD is refused ({}): no admin was created; use /setup", e.messageKey());
        }
    }
}
