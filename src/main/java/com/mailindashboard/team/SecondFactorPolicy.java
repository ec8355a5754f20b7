package com.mailindashboard.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Which roles must have a second factor (issue 13): the one row of {@code second_factor_policy}. */
@Entity
@Table(name = "second_factor_policy")
class SecondFactorPolicy {

    static final int ID = 1;

    @Id
    private Integer id;
    @Column(name = "require_admin")
    private boolean requireAdmin;
    @Column(name = "require_operator")
    private boolean requireOperator;
    @Column(name = "require_viewer")
    private boolean requireViewer;
    private Instant updatedAt;
    private String updatedBy;

    protected SecondFactorPolicy() {
    }

    boolean requires(Role role) {
        return switch (role) {
            case ADMIN -> requireAdmin;
            case OPERATOR -> requireOperator;
            case VIEWER -> requireViewer;
        };
    }

    void change(SecondFactorPolicyForm form, String by, Instant now) {
        this.requireAdmin = form.isAdmin();
        this.requireOperator = form.isOperator();
        this.requireViewer = form.isViewer();
        this.updatedBy = by;
        this.updatedAt = now;
    }

    SecondFactorPolicyForm form() {
        SecondFactorPolicyForm form = new SecondFactorPolicyForm();
        form.setAdmin(requireAdmin);
        form.setOperator(requireOperator);
        form.setViewer(requireViewer);
        return form;
    }

    Instant getUpdatedAt() { return updatedAt; }
    String getUpdatedBy() { return updatedBy; }
}
