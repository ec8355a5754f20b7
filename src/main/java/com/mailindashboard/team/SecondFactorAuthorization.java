package com.mailindashboard.team;

import java.util.function.Supplier;
import org.springframework.security.authorization.AllRequiredFactorsAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;

/**
 * Spring Security 7's multi-factor authorization, per teammate: one who enrolled an authenticator
 * app needs the {@link #TOTP_FACTOR} authority (a code taken after the password) on every rule;
 * one who did not signs in with the password alone, exactly as before. Published as the additional
 * authorization of the application's AuthorizationManagerFactory, so every {@code authenticated()} /
 * {@code hasRole(..)} rule carries it.
 */
final class SecondFactorAuthorization implements AuthorizationManager<Object> {

    /** The factor authority granted once an authenticator-app (or recovery) code was accepted. */
    static final String TOTP_FACTOR = "FACTOR_TOTP";

    private final AllRequiredFactorsAuthorizationManager<Object> totpRequired = AllRequiredFactorsAuthorizationManager
            .builder().requireFactor(factor -> factor.authority(TOTP_FACTOR)).build();

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, Object context) {
        Authentication current = authentication.get();
        if (current != null && current.getPrincipal() instanceof TeamUserDetails user && user.hasSecondFactor()) {
            return totpRequired.authorize(authentication, context);
        }
        return new AuthorizationDecision(true);
    }
}
