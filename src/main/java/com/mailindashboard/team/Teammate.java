package com.mailindashboard.team;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * What a page may show to the signed-in teammate ({@code #teammate} in templates, see {@link TeammateDialect}).
 *
 * @param signedIn   signed in (not anonymous), as {@code isAuthenticated()}
 * @param admin      has the admin role
 * @param mayOperate may run Mailin operations: admin or operator
 * @param viewer     has the read-only role
 */
public record Teammate(boolean signedIn, boolean admin, boolean mayOperate, boolean viewer) {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    static final Teammate NOBODY = new Teammate(false, false, false, false);

    static Teammate of(Authentication authentication) {
        if (authentication == null) {
            return NOBODY;
        }
        boolean admin = false;
        boolean operator = false;
        boolean viewer = false;
        for (GrantedAuthority granted : authentication.getAuthorities()) {
            String authority = granted.getAuthority();
            admin |= Role.ADMIN.authority().equals(authority);
            operator |= Role.OPERATOR.authority().equals(authority);
            viewer |= Role.VIEWER.authority().equals(authority);
        }
        return new Teammate(TRUST.isAuthenticated(authentication), admin, admin || operator, viewer);
    }
}
