package com.mailindashboard.team;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first admin, created at start when no teammate exists yet ({@code dashboard.admin.*}).
 *
 * @param email        the first admin's e-mail ({@code DASHBOARD_ADMIN_EMAIL}); empty: the first admin is made on /setup
 * @param password     the first admin's password ({@code DASHBOARD_ADMIN_PASSWORD}); it must pass the password policy
 * @param resetFactors {@code DASHBOARD_ADMIN_RESET_FACTORS}: at start, remove that admin's second factor (a lost
 *                     phone and lost recovery codes, no other admin): they sign in with the password and enrol
 *                     again; audited. Meant to be set for one restart.
 */
@ConfigurationProperties("dashboard.admin")
public record AdminProperties(@DefaultValue("") String email, @DefaultValue("") String password,
                              @DefaultValue("false") boolean resetFactors) {
}
