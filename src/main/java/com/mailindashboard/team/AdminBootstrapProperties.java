package com.mailindashboard.team;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The admin from the environment ({@code dashboard.admin.*}).
 *
 * @param email        {@code DASHBOARD_ADMIN_EMAIL}: the first admin, created when no teammate exists
 * @param password     {@code DASHBOARD_ADMIN_PASSWORD}: that admin's first password
 * @param resetFactors {@code DASHBOARD_ADMIN_RESET_FACTORS}: at start, remove that admin's second factor
 *                     (a lost phone and lost recovery codes, no other admin): they sign in with the
 *                     password and enrol again; audited. Meant to be set for one restart.
 */
@ConfigurationProperties("dashboard.admin")
record AdminBootstrapProperties(String email, String password, boolean resetFactors) {

    AdminBootstrapProperties {
        email = email == null ? "" : email;
        password = password == null ? "" : password;
    }
}
