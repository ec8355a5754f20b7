package com.mailindashboard.approvals;

import com.mailindashboard.team.Role;
import java.util.Collection;
import java.util.Set;

/** Who may approve a held submission (never its own requester). */
public enum Approvers {
    ADMINS(Set.of(Role.ADMIN)),
    ADMINS_AND_OPERATORS(Set.of(Role.ADMIN, Role.OPERATOR));

    private final Set<Role> roles;

    Approvers(Set<Role> roles) {
        this.roles = roles;
    }

    /** Whether a teammate with these granted authorities ({@code ROLE_ADMIN}...) is one of them. */
    public boolean include(Collection<String> authorities) {
        return roles.stream().anyMatch(role -> authorities.contains(role.authority()));
    }
}
