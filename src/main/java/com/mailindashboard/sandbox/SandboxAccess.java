package com.mailindashboard.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Who may use the sandbox, and when. It is served only while the dashboard uses it ({@link
 * SandboxSwitch}); otherwise every sandbox address answers 404 as if it did not exist. Its login
 * accepts one password only: a secret made at each start and known to nothing but this process
 * (the gateway logs in with it), so a client address, forged or real, grants nothing.
 */
@Component
public class SandboxAccess {

    private final String secret;
    private final ObjectProvider<SandboxSwitch> sandboxSwitch;

    SandboxAccess(ObjectProvider<SandboxSwitch> sandboxSwitch) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        this.sandboxSwitch = sandboxSwitch;
    }

    /** The password the gateway logs in to the sandbox with; never shown, never stored. */
    public String secret() {
        return secret;
    }

    boolean accepts(String password) {
        return password != null && MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8),
                password.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether the sandbox is served now (a context without the dashboard's settings serves it). */
    boolean open() {
        SandboxSwitch current = sandboxSwitch.getIfAvailable();
        return current == null || current.sandboxOn();
    }
}
