package com.mailindashboard.team;

/** The second-factor policy form on /settings: the roles that must have a second factor (all three: everyone). */
public class SecondFactorPolicyForm {

    private boolean admin;
    private boolean operator;
    private boolean viewer;

    public boolean isAdmin() { return admin; }
    public void setAdmin(boolean admin) { this.admin = admin; }
    public boolean isOperator() { return operator; }
    public void setOperator(boolean operator) { this.operator = operator; }
    public boolean isViewer() { return viewer; }
    public void setViewer(boolean viewer) { this.viewer = viewer; }

    /** For the audit log: the roles that must have a second factor. */
    String summary() {
        String roles = (admin ? "ADMIN " : "") + (operator ? "OPERATOR " : "") + (viewer ? "VIEWER" : "");
        return roles.isBlank() ? "required of nobody" : "required of " + roles.strip().replace(" ", ", ");
    }
}
