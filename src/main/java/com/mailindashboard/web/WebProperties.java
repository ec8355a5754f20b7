package com.mailindashboard.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the dashboard is reached ({@code dashboard.public-url}, {@code dashboard.trusted-proxies}).
 *
 * @param publicUrl      the address teammates open ({@code https://dashboard.example.com},
 *                       {@code DASHBOARD_PUBLIC_URL}); absolute links and redirects use it, never the request's
 *                       Host header. Empty: redirects stay relative.
 * @param trustedProxies reverse proxies whose X-Forwarded-For/-Proto are believed: addresses or CIDR ranges,
 *                       comma-separated ({@code DASHBOARD_TRUSTED_PROXIES}). Empty: none.
 */
@ConfigurationProperties("dashboard")
public record WebProperties(@DefaultValue("") String publicUrl, @DefaultValue("") String trustedProxies) {
}
