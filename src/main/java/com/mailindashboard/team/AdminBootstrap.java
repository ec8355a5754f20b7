package com.mailindashboard.team;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first admin from {@code DASHBOARD_ADMIN_EMAIL}/{@code _PASSWORD} when no user exists;
 * with {@code DASHBOARD_ADMIN_RESET_FACTORS=true}, removes that admin's second factor (the way back
 * when the last admin lost it).
 */
@Component
class AdminBootstrap {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final TeamService team;
    private final SecondFactorService factors;
    private final AdminProperties admin;

    AdminBootstrap(TeamService team, SecondFactorService factors, AdminProperties admin) {
        this.team = team;
        this.factors = factors;
        this.admin = admin;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void createFirstAdmin() {
        if (admin.email().isBlank() || admin.password().isBlank() || team.anyUser()) {
            return;
        }
        try {
            team.createFirstAdmin(admin.email(), "Administrator", admin.password(), "environment");
            log.info("Created the first admin {} from DASHBOARD_ADMIN_EMAIL", admin.email());
        } catch (TeamRuleException e) {
            log.error("DASHBOARD_ADMIN_PASSWORD is refused ({}): no admin was created; use /setup", e.messageKey());
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(11)
    void resetFactorsWhenAsked() {
        if (!admin.resetFactors()) {
            return;
        }
        if (admin.email().isBlank()) {
            log.error("DASHBOARD_ADMIN_RESET_FACTORS is set but DASHBOARD_ADMIN_EMAIL is empty: nothing was reset");
            return;
        }
        if (factors.resetFromEnvironment(admin.email())) {
            log.warn("Removed the second factor of {} (DASHBOARD_ADMIN_RESET_FACTORS): unset it before the next restart",
                    admin.email());
        } else {
            log.error("DASHBOARD_ADMIN_RESET_FACTORS: no teammate {} (DASHBOARD_ADMIN_EMAIL)", admin.email());
        }
    }
}
