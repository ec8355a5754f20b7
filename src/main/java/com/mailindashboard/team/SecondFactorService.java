package com.mailindashboard.team;

import com.mailindashboard.audit.AuditEntry;
import com.mailindashboard.audit.AuditLog;
import com.mailindashboard.audit.AuditOutcome;
import com.mailindashboard.secrets.SecretCipher;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Authenticator-app codes as a second factor (issue 13): enrolment confirmed by a first code, the
 * secret encrypted at rest, each code accepted once, ten one-time recovery codes stored hashed.
 */
@Service
class SecondFactorService {

    static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** How a code after the password was taken. */
    enum Proof { TOTP, RECOVERY_CODE }

    private final TeamUserRepository users;
    private final RecoveryCodeRepository recoveryCodes;
    private final SecretCipher cipher;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;
    private final TeamService team;
    private final Passkeys passkeys;

    SecondFactorService(TeamUserRepository users, RecoveryCodeRepository recoveryCodes, SecretCipher cipher,
                        PasswordEncoder encoder, AuditLog audit, Clock clock, TeamService team, Passkeys passkeys) {
        this.passkeys = passkeys;
        this.team = team;
        this.users = users;
        this.recoveryCodes = recoveryCodes;
        this.cipher = cipher;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean enrolled(String email) {
        return user(email).hasSecondFactor();
    }

    @Transactional(readOnly = true)
    public long recoveryCodesLeft(String email) {
        return recoveryCodes.findByTeamUserIdAndUsedAtIsNull(user(email).getId()).size();
    }

    /**
     * Enrols the secret shown to the teammate once they typed a code from it; returns the new
     * recovery codes (shown once), or empty when the code is wrong (audited as a failure). The
     * teammate's other sessions, signed in without the factor, end; {@code keepSessionId} stays.
     */
    @Transactional
    public Optional<List<String>> confirmEnrolment(String email, String secret, String code, String keepSessionId) {
        TeamUser user = user(email);
        OptionalLong step = Totp.matchingStep(secret, code, clock.instant(), null);
        if (step.isEmpty()) {
            audit.record(AuditEntry.of("second-factor.enrol", AuditOutcome.FAILURE).summary("wrong code")
                    .target("teammate", user.getId(), user.getEmail()));
            return Optional.empty();
        }
        boolean again = user.hasSecondFactor();
        user.enrolTotp(cipher.encrypt(secret), step.getAsLong(), clock.instant());
        team.endSessions(user, keepSessionId);
        audit.record(AuditEntry.of("second-factor.enrol", AuditOutcome.SUCCESS)
                .summary(again ? "authenticator app replaced" : "authenticator app enrolled")
                .target("teammate", user.getId(), user.getEmail()));
        return Optional.of(newRecoveryCodes(user));
    }

    /** Replaces every recovery code with ten new ones (shown once). */
    @Transactional
    public List<String> regenerateRecoveryCodes(String email) {
        TeamUser user = user(email);
        if (!user.hasSecondFactor()) {
            throw new IllegalStateException("No second factor to recover");
        }
        List<String> codes = newRecoveryCodes(user);
        audit.record(AuditEntry.of("second-factor.recovery-codes", AuditOutcome.SUCCESS)
                .summary("recovery codes regenerated").target("teammate", user.getId(), user.getEmail()));
        return codes;
    }

    /**
     * Checks the code typed after the password: an authenticator-app code (each step accepted
     * once) or an unused recovery code (then used up). Successes of a recovery code and every
     * failure are audited; the caller counts failures toward the login throttle.
     */
    @Transactional
    public Optional<Proof> verify(String email, String typed) {
        TeamUser user = user(email);
        if (!user.hasSecondFactor()) {
            return Optional.empty();
        }
        String secret = cipher.decrypt(user.getTotpSecret());
        OptionalLong step = Totp.matchingStep(secret, typed, clock.instant(), user.getTotpLastStep());
        if (step.isPresent()) {
            user.useTotpStep(step.getAsLong());
            return Optional.of(Proof.TOTP);
        }
        String normalized = Totp.normalize(typed).toLowerCase(Locale.ROOT);
        if (normalized.length() > Totp.DIGITS) {
            List<RecoveryCode> unused = recoveryCodes.findByTeamUserIdAndUsedAtIsNull(user.getId());
            for (RecoveryCode code : unused) {
                if (encoder.matches(normalized, code.getCodeHash())) {
                    code.use(clock.instant());
                    audit.record(AuditEntry.of("second-factor.recovery-code-used", AuditOutcome.SUCCESS)
                            .summary(unused.size() - 1 + " recovery codes left")
                            .target("teammate", user.getId(), user.getEmail()));
                    return Optional.of(Proof.RECOVERY_CODE);
                }
            }
        }
        audit.record(AuditEntry.of("second-factor.failure", AuditOutcome.FAILURE).summary("wrong code")
                .actor(user.getEmail()).target("teammate", user.getId(), user.getEmail()));
        return Optional.empty();
    }

    /** An admin removes a teammate's second factor (a lost phone); they sign in with the password alone again. */
    @Transactional
    public void reset(long teammateId) {
        reset(users.findById(teammateId).orElseThrow(), AuditEntry.of("second-factor.reset", AuditOutcome.SUCCESS)
                .summary("second factor reset by an admin"));
    }

    /**
     * {@code DASHBOARD_ADMIN_RESET_FACTORS} at start: the environment's admin loses their second factor
     * so the last admin can always get back in; false when no such teammate.
     */
    @Transactional
    public boolean resetFromEnvironment(String email) {
        Optional<TeamUser> found = users.findByEmail(TeamUser.normalize(email));
        found.ifPresent(user -> reset(user, AuditEntry.of("second-factor.reset", AuditOutcome.SUCCESS)
                .actor("environment").summary("second factor reset at start (DASHBOARD_ADMIN_RESET_FACTORS)")));
        return found.isPresent();
    }

    private void reset(TeamUser user, AuditEntry entry) {
        user.resetTotp(clock.instant());
        recoveryCodes.deleteByTeamUserId(user.getId());
        int removed = passkeys.removeAll(user.getEmail());
        team.endSessions(user, null);
        audit.record((removed == 0 ? entry : entry.summary(entry.summary() + ", " + removed + " passkey(s) removed"))
                .target("teammate", user.getId(), user.getEmail()));
    }

    private List<String> newRecoveryCodes(TeamUser user) {
        recoveryCodes.deleteByTeamUserId(user.getId());
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
            }
            codes.add(code.substring(0, 5) + "-" + code.substring(5));
            recoveryCodes.save(new RecoveryCode(user.getId(), encoder.encode(code.toString())));
        }
        return codes;
    }

    private TeamUser user(String email) {
        return users.findByEmail(TeamUser.normalize(email)).orElseThrow();
    }
}
