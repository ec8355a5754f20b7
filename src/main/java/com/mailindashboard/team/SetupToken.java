package com.mailindashboard.team;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The one-time token that guards {@code /setup} while no teammate exists: printed to the log at
 * start, so only someone who can read the server's log can claim the dashboard.
 */
@Component
class SetupToken {

    private static final Logger log = LoggerFactory.getLogger(SetupToken.class);

    private final TeamService team;
    private volatile String token;

    SetupToken(TeamService team) {
        this.team = team;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(100)
    void announceWhenSetupIsNeeded() {
        if (!team.anyUser()) {
            byte[] raw = new byte[12];
            new SecureRandom().nextBytes(raw);
            token = HexFormat.of().formatHex(raw);
            log.warn("No dashboard user exists yet. Open /setup and enter this one-time setup token: {}", token);
        }
    }

    boolean matches(String candidate) {
        String expected = token;
        return expected != null && candidate != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), candidate.strip().getBytes(StandardCharsets.UTF_8));
    }

    void spend() {
        token = null;
    }
}
