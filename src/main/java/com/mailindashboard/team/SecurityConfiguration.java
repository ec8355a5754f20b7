package com.mailindashboard.team;

import com.mailindashboard.audit.AuditLog;
import com.mailindashboard.sandbox.SandboxPaths;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;

/**
 * Who may do what, enforced on the server for every URL and method: reads for every teammate,
 * writes for ADMIN and OPERATOR, team and settings for ADMIN only.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** No inline script or style at all, no plugins, no base-URL or form-target tricks, no framing. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /** The dashboard needs none of the browser's powerful features. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
            + "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), "
            + "publickey-credentials-get=(self), publickey-credentials-create=(self), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=(), "
            + "browsing-topics=()";

    /** Spring Session's cookie (server.servlet.session.cookie.name is not set). */
    static final String SESSION_COOKIE = "SESSION";
    static final String[] PASSKEY_REGISTRATION = {"/webauthn/register/options", "/webauthn/register"};

    static final String[] PUBLIC_PATHS = {"/login", "/setup", "/assets/**", "/webjars/**", "/error", "/error/**",
            "/favicon.ico"};

    /**
     * The sandbox checks its own bearer tokens, like Mailin; it is not a dashboard page. It answers
     * only while the sandbox is on, and its login takes only this process's secret (sandbox.SandboxAccess),
     * which the gateway logs in with: no client address is trusted.
     */
    @Bean
    @Order(0)
    SecurityFilterChain sandboxChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(SandboxPaths.ALL)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain dashboardChain(HttpSecurity http, LoginAuditHandlers handlers, LoginThrottle throttle,
                                       AuditLog audit, PasskeySettings passkeys, PasskeySignIn passkeySignIn)
            throws Exception {
        String admin = Role.ADMIN.name();
        String operator = Role.OPERATOR.name();
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        .requestMatchers("/actuator/health/liveness", "/actuator/health/readiness").permitAll()
                        .requestMatchers("/actuator/**").hasRole(admin)
                        .requestMatchers("/team/**", "/settings/**").hasRole(admin)
                        // issue 13: the code page and logout need the password only (not the second factor)
                        .requestMatchers(SecondFactorConfiguration.CODE_PATH, "/logout")
                        .access(AuthenticatedAuthorizationManager.authenticated())
                        .requestMatchers(HttpMethod.POST, "/logout", PasswordController.PATH).authenticated()
                        .requestMatchers(HttpMethod.POST, "/account/security/**").authenticated()
                        .requestMatchers(HttpMethod.POST, StepUpController.PATH).authenticated()
                        // issue 13: any teammate registers their own passkeys; removal goes through the audited page
                        .requestMatchers(HttpMethod.POST, PASSKEY_REGISTRATION).authenticated()
                        .requestMatchers(HttpMethod.DELETE, "/webauthn/register/**").denyAll()
                        // every teammate may export mailboxes (without passwords unless admin or operator)
                        .requestMatchers(HttpMethod.POST, "/mailboxes/export/jobs", "/mailboxes/export/jobs/*/cancel")
                        .authenticated()
                        .requestMatchers(HttpMethod.GET, "/**").authenticated()
                        .requestMatchers(HttpMethod.HEAD, "/**").authenticated()
                        .anyRequest().hasAnyRole(admin, operator))
                .csrf(csrf -> csrf.csrfTokenRequestHandler(new BodyOrHeaderCsrfTokenHandler()))
                .formLogin(form -> form.loginPage("/login").permitAll()
                        .successHandler(handlers.success())
                        .failureHandler(handlers.failure()))
                .webAuthn(webAuthn -> webAuthn.rpId(passkeys.rpId()).rpName(passkeys.rpName())
                        .allowedOrigins(passkeys.allowedOrigins()).disableDefaultRegistrationPage(true)
                        .withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
                            @Override
                            public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
                                filter.setAuthenticationSuccessHandler(passkeySignIn.success());
                                filter.setAuthenticationFailureHandler(passkeySignIn.failure());
                                return filter;
                            }
                        }))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessHandler(handlers.logout())
                        .deleteCookies(SESSION_COOKIE))
                .sessionManagement(session -> session
                        .sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                        .referrerPolicy(ref -> ref.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                // sessions live in the database (SessionConfiguration); one ended by TeamService (or timed
                // out) is gone there, on every instance: a page that needs a login then says it expired.
                // No per-request registry lookup, and a write without its CSRF token is still a 403.
                .exceptionHandling(errors -> errors.authenticationEntryPoint(SecurityConfiguration::toLogin)
                        .accessDeniedHandler(new StepUpAccessDeniedHandler(
                        SecondFactorConfiguration.missingFactorSendsToCode(new AuditingAccessDeniedHandler(audit)))))
                .addFilterBefore(new LoginThrottleFilter(throttle, audit), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(passkeySignIn.passwordFirst(), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new MustChangePasswordFilter(), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new StepUpReplayFilter(), AuthorizationFilter.class)
                .build();
    }

    private static void toLogin(HttpServletRequest request, HttpServletResponse response,
                                AuthenticationException e) throws IOException {
        boolean ended = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        response.sendRedirect(request.getContextPath() + (ended ? "/login?expired" : "/login"));
    }

    /**
     * No observation per security filter, authentication and authorization: wrapping each of the chain's
     * filters cost a page about 4% of its time; requests stay observed as a whole ({@code http.server.requests}),
     * and sign-ins are in the audit log.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

}
