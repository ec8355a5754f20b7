package com.mailindashboard.team;

import com.mailindashboard.audit.AuditEntry;
import com.mailindashboard.audit.AuditLog;
import com.mailindashboard.audit.AuditOutcome;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which roles must have a second factor (issue 13), stored in the database and set by an admin.
 * Read on every request by the authorization rules, so it is kept in memory and refreshed when saved.
 */
@Service
public class SecondFactorPolicyService {

    private final SecondFactorPolicyRepository policies;
    private final AuditLog audit;
    private final Clock clock;
    private volatile Set<Role> required;

    SecondFactorPolicyService(SecondFactorPolicyRepository policies, AuditLog audit, Clock clock) {
        this.policies = policies;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether a teammate of this role must enrol a second factor before any other page. */
    public boolean requires(Role role) {
        Set<Role> roles = required;
        if (roles == null) {
            roles = load();
        }
        return roles.contains(role);
    }

    /** Whether this signed-in teammate has no second factor though their role must have one. */
    public boolean mustEnrol(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof TeamUserDetails user
                && !user.hasSecondFactor() && requires(user.role());
    }

    @Transactional(readOnly = true)
    public SecondFactorPolicyForm form() {
        return policy().form();
    }

    @Transactional
    public void change(SecondFactorPolicyForm form, String by) {
        SecondFactorPolicy policy = policy();
        policy.change(form, by, clock.instant());
        required = rolesOf(policy);
        audit.record(AuditEntry.of("settings.second-factor-policy", AuditOutcome.SUCCESS)
                .target("settings", "second-factor-policy", null).summary(form.summary()));
    }

    private Set<Role> load() {
        Set<Role> roles = rolesOf(policy());
        required = roles;
        return roles;
    }

    private SecondFactorPolicy policy() {
        return policies.findById(SecondFactorPolicy.ID).orElseThrow();
    }

    private static Set<Role> rolesOf(SecondFactorPolicy policy) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (policy.requires(role)) {
                roles.add(role);
            }
        }
        return Set.copyOf(roles);
    }
}
