package com.mailindashboard.team;

import com.mailindashboard.audit.AuditEntry;
import com.mailindashboard.audit.AuditLog;
import com.mailindashboard.audit.AuditOutcome;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Team accounts: who may log in and with which role. Every change is audited in the same
 * transaction. A change to someone's role, status or password ends their open sessions.
 */
@Service
class TeamService {

    private final TeamUserRepository users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final FindByIndexNameSessionRepository<?> sessions;
    private final Clock clock;
    private final LoginThrottle throttle;

    TeamService(TeamUserRepository users, PasswordEncoder encoder, AuditLog audit, FindByIndexNameSessionRepository<?> sessions,
                Clock clock, LoginThrottle throttle) {
        this.throttle = throttle;
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean anyUser() {
        return users.count() > 0;
    }

    @Transactional(readOnly = true)
    public List<TeamUser> all() {
        return users.findAllByOrderByEmailAsc();
    }

    /** Creates the first admin (setup page or environment); refused once any user exists. */
    @Transactional
    public TeamUser createFirstAdmin(String email, String displayName, String password, String how) {
        if (anyUser()) {
            throw new TeamRuleException("setup.already-done", null);
        }
        requireAcceptable(password, "password");
        TeamUser admin = users.save(new TeamUser(email, displayName, encoder.encode(password), Role.ADMIN, false, now()));
        audit.record(AuditEntry.of("team.first-admin", AuditOutcome.SUCCESS)
                .target("teammate", admin.getId(), admin.getEmail()).summary("created by " + how)
                .actor(admin.getEmail()));
        return admin;
    }

    /** Adds a teammate with a temporary password, returned once for the admin to hand over. */
    @Transactional
    public IssuedPassword add(NewTeammateForm form) {
        String email = TeamUser.normalize(form.getEmail());
        if (users.existsByEmail(email)) {
            throw new TeamRuleException("team.email.taken", "email");
        }
        String temporary = PasswordPolicy.temporaryPassword();
        TeamUser user = users.save(new TeamUser(email, form.getDisplayName().strip(), encoder.encode(temporary),
                form.getRole(), true, now()));
        audit.record(AuditEntry.of("team.add", AuditOutcome.SUCCESS)
                .target("teammate", user.getId(), user.getEmail()).summary("role=" + user.getRole()));
        return new IssuedPassword(user.getEmail(), temporary);
    }

    @Transactional
    public void changeRole(long id, Role role) {
        TeamUser user = find(id);
        if (user.getRole() == Role.ADMIN && role != Role.ADMIN) {
            requireAnotherAdmin(user);
        }
        Role before = user.getRole();
        user.changeRole(role, now());
        audit.record(AuditEntry.of("team.role", AuditOutcome.SUCCESS)
                .target("teammate", user.getId(), user.getEmail()).summary(before + " -> " + role));
        endSessions(user);
    }

    @Transactional
    public void setEnabled(long id, boolean enabled, String actingEmail) {
        TeamUser user = find(id);
        if (!enabled) {
            if (user.getEmail().equals(TeamUser.normalize(actingEmail))) {
                throw new TeamRuleException("team.disable.self", null);
            }
            if (user.getRole() == Role.ADMIN) {
                requireAnotherAdmin(user);
            }
        }
        user.setEnabled(enabled, now());
        audit.record(AuditEntry.of(enabled ? "team.enable" : "team.disable", AuditOutcome.SUCCESS)
                .target("teammate", user.getId(), user.getEmail()));
        endSessions(user);
    }

    /** Sets a new temporary password, to be changed at next login; returns it once. */
    @Transactional
    public IssuedPassword resetPassword(long id) {
        TeamUser user = find(id);
        String temporary = PasswordPolicy.temporaryPassword();
        user.changePassword(encoder.encode(temporary), true, now());
        audit.record(AuditEntry.of("team.reset-password", AuditOutcome.SUCCESS)
                .target("teammate", user.getId(), user.getEmail()));
        endSessions(user);
        return new IssuedPassword(user.getEmail(), temporary);
    }

    /**
     * A teammate changes their own password; the current one is required. A refusal does not roll
     * back: the audit event of a wrong current password must stay.
     */
    @Transactional(noRollbackFor = TeamRuleException.class)
    public TeamUserDetails changeOwnPassword(String email, PasswordChangeForm form, String currentSessionId,
                                             String ip) {
        TeamUser user = users.findByEmail(TeamUser.normalize(email))
                .orElseThrow(() -> new TeamRuleException("team.not-found", null));
        // the current password is a login secret: its guesses count with the failed logins, account and address
        if (throttle.lockedUntil(user.getEmail(), ip).isPresent()) {
            audit.record(AuditEntry.of("profile.password", AuditOutcome.DENIED)
                    .target("teammate", user.getId(), user.getEmail()).summary("throttled"));
            throw new TeamRuleException("password.current.locked", "currentPassword");
        }
        if (!encoder.matches(form.getCurrentPassword(), user.getPasswordHash())) {
            throttle.recordFailure(user.getEmail(), ip);
            audit.record(AuditEntry.of("profile.password", AuditOutcome.FAILURE)
                    .target("teammate", user.getId(), user.getEmail()).summary("current password wrong"));
            throw new TeamRuleException("password.current.wrong", "currentPassword");
        }
        throttle.recordSuccess(user.getEmail());
        requireAcceptable(form.getNewPassword(), "newPassword");
        if (!form.getNewPassword().equals(form.getConfirmPassword())) {
            throw new TeamRuleException("password.confirm.mismatch", "confirmPassword");
        }
        if (encoder.matches(form.getNewPassword(), user.getPasswordHash())) {
            throw new TeamRuleException("password.same", "newPassword");
        }
        user.changePassword(encoder.encode(form.getNewPassword()), false, now());
        audit.record(AuditEntry.of("profile.password", AuditOutcome.SUCCESS)
                .target("teammate", user.getId(), user.getEmail()));
        endSessions(user, currentSessionId);
        return new TeamUserDetails(user);
    }

    /** Whether the password is the account's (used only to word a refused login, never to grant one). */
    @Transactional(readOnly = true)
    public boolean passwordMatches(String email, String password) {
        return password != null && users.findByEmail(TeamUser.normalize(email))
                .map(user -> encoder.matches(password, user.getPasswordHash())).orElse(false);
    }

    private void requireAcceptable(String password, String field) {
        PasswordPolicy.problem(password).ifPresent(problem -> {
            throw new TeamRuleException(problem.messageKey(), field);
        });
    }

    private void requireAnotherAdmin(TeamUser user) {
        long enabledAdmins = users.countByRoleAndEnabledTrue(Role.ADMIN);
        if (user.isEnabled() && enabledAdmins <= 1) {
            throw new TeamRuleException("team.last-admin", null);
        }
    }

    private TeamUser find(long id) {
        return users.findById(id).orElseThrow(() -> new TeamRuleException("team.not-found", null));
    }

    private void endSessions(TeamUser user) {
        endSessions(user, null);
    }

    /**
     * Ends the teammate's open sessions, except {@code keepSessionId} (the one making the change):
     * they are deleted from the database, which every instance reads, found by principal name (the
     * email, as Spring Session indexes it). Their next request finds no session ({@code /login?expired}).
     */
    void endSessions(TeamUser user, String keepSessionId) {
        sessions.findByPrincipalName(user.getEmail()).keySet().stream()
                .filter(id -> !id.equals(keepSessionId))
                .forEach(sessions::deleteById);
    }

    private Instant now() {
        return clock.instant();
    }
}
