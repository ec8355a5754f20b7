package com.mailindashboard.team;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * A factor the teammate proves while signed in (the code after the password, a fresh proof before a
 * secret): wrong ones count toward the login throttle, a right one becomes a factor authority issued
 * now (the application's clock) in the session.
 */
@Component
class ProvenFactors {

    private final TeamUserDetailsService users;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

    ProvenFactors(TeamUserDetailsService users, LoginThrottle throttle, Clock clock) {
        this.users = users;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** Whether the login throttle locks this teammate or address; if so the session is signed out. */
    boolean signedOutIfLocked(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        if (throttle.lockedUntil(authentication.getName(), request.getRemoteAddr()).isEmpty()) {
            return false;
        }
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        return true;
    }

    /** A wrong code or password counts toward the login throttle; true when it locked (and signed out) the teammate. */
    boolean failed(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        throttle.recordFailure(authentication.getName(), request.getRemoteAddr());
        return signedOutIfLocked(authentication, request, response);
    }

    /** The session's authentication, reloaded, with {@code factor} issued now added to the other factors it had. */
    void grant(Authentication authentication, String factor, HttpServletRequest request, HttpServletResponse response) {
        reload(authentication, factor, request, response);
    }

    /** The session's authentication with the teammate reloaded (a passkey just registered), its factors kept. */
    void refresh(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        reload(authentication, null, request, response);
    }

    private void reload(Authentication authentication, String factor, HttpServletRequest request,
                        HttpServletResponse response) {
        TeamUserDetails reloaded = (TeamUserDetails) users.loadUserByUsername(authentication.getName());
        reloaded.eraseCredentials();
        List<GrantedAuthority> authorities = new ArrayList<>(reloaded.getAuthorities());
        authentication.getAuthorities().stream().filter(FactorGrantedAuthority.class::isInstance)
                .filter(a -> !a.getAuthority().equals(factor))
                .forEach(authorities::add);
        if (factor != null) {
            authorities.add(FactorGrantedAuthority.withAuthority(factor).issuedAt(clock.instant()).build());
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(reloaded, null, authorities));
        SecurityContextHolder.setContext(context);
        contextRepository.saveContext(context, request, response);
    }
}
