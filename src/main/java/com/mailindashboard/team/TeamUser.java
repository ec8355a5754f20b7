package com.mailindashboard.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

/** A teammate's login. The email is the username, stored lower-case. */
@Entity
@Table(name = "team_user")
public class TeamUser {

    /** The longest email address (and login name) there can be; the column's width. */
    public static final int MAX_EMAIL_LENGTH = 320;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String email;
    @Column(nullable = false)
    private String displayName;
    @Column(nullable = false)
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;
    private boolean enabled;
    private boolean mustChangePassword;
    @Column(nullable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private Instant updatedAt;
    /** The authenticator-app secret, encrypted with secrets.SecretCipher; null without a second factor. */
    private String totpSecret;
    /** The last 30-second step whose code was accepted: a code is accepted once. */
    private Long totpLastStep;
    private Instant totpEnrolledAt;
    @Version
    private Long version;

    protected TeamUser() {
    }

    TeamUser(String email, String displayName, String passwordHash, Role role, boolean mustChangePassword,
             Instant now) {
        this.email = normalize(email);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.enabled = true;
        this.mustChangePassword = mustChangePassword;
        this.createdAt = now;
        this.updatedAt = now;
    }

    static String normalize(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    void changeRole(Role role, Instant now) {
        this.role = role;
        this.updatedAt = now;
    }

    void setEnabled(boolean enabled, Instant now) {
        this.enabled = enabled;
        this.updatedAt = now;
    }

    void changePassword(String passwordHash, boolean mustChangePassword, Instant now) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangePassword;
        this.updatedAt = now;
    }

    void enrolTotp(String encryptedSecret, long step, Instant now) {
        this.totpSecret = encryptedSecret;
        this.totpLastStep = step;
        this.totpEnrolledAt = now;
        this.updatedAt = now;
    }

    void useTotpStep(long step) {
        this.totpLastStep = step;
    }

    void resetTotp(Instant now) {
        this.totpSecret = null;
        this.totpLastStep = null;
        this.totpEnrolledAt = null;
        this.updatedAt = now;
    }

    public boolean hasSecondFactor() { return totpSecret != null; }
    String getTotpSecret() { return totpSecret; }
    Long getTotpLastStep() { return totpLastStep; }
    public Instant getTotpEnrolledAt() { return totpEnrolledAt; }
    public Long getId() { return id; }
    public String getEmail() { return email; }
    public String getDisplayName() { return displayName; }
    String getPasswordHash() { return passwordHash; }
    public Role getRole() { return role; }
    public boolean isEnabled() { return enabled; }
    public boolean isMustChangePassword() { return mustChangePassword; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
