package com.mailindashboard.team;

import com.mailindashboard.audit.AuditActor;
import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in teammate as Spring Security and the audit log see them. */
public class TeamUserDetails implements UserDetails, AuditActor, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String email;
    private final String displayName;
    private String passwordHash;
    private final Role role;
    private final boolean enabled;
    private final boolean mustChangePassword;
    private final boolean secondFactor;

    TeamUserDetails(TeamUser user) {
        this(user, false);
    }

    /** {@code passkey}: the teammate registered a passkey, a second factor as good as the app's code. */
    TeamUserDetails(TeamUser user, boolean passkey) {
        this.id = user.getId();
        this.email = user.getEmail();
        this.displayName = user.getDisplayName();
        this.passwordHash = user.getPasswordHash();
        this.role = user.getRole();
        this.enabled = user.isEnabled();
        this.mustChangePassword = user.isMustChangePassword();
        this.secondFactor = user.hasSecondFactor() || passkey;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    /** Once signed in, the hash is not needed: it does not stay in the session. */
    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** Whether a code from an authenticator app, or a passkey, must follow the password (issue 13). */
    public boolean hasSecondFactor() {
        return secondFactor;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    @Override
    public Long actorId() {
        return id;
    }

    @Override
    public String actorEmail() {
        return email;
    }

    /** Equal by account, so the session registry finds every session of one teammate. */
    @Override
    public boolean equals(Object other) {
        return other instanceof TeamUserDetails that && email.equals(that.email);
    }

    @Override
    public int hashCode() {
        return email.hashCode();
    }

    @Override
    public String toString() {
        return "TeamUserDetails[" + email + ", " + role + "]";
    }
}
