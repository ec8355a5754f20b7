package com.mailindashboard.team;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationManagerFactory;
import org.springframework.security.authorization.DefaultAuthorizationManagerFactory;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.DelegatingMissingAuthorityAccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/** Wires the second factor into Spring Security's multi-factor support (issue 13). */
@Configuration(proxyBeanMethods = false)
class SecondFactorConfiguration {

    static final String CODE_PATH = "/login/code";

    /** Every authorization rule built by the DSL also asks for the teammate's second factor, if they have one. */
    @Bean
    AuthorizationManagerFactory<Object> secondFactorAuthorizationManagerFactory(Clock clock, StepUpProperties stepUp,
                                                                             SecondFactorPolicyService policy) {
        DefaultAuthorizationManagerFactory<Object> factory = new DefaultAuthorizationManagerFactory<>();
        factory.setAdditionalAuthorization(new SecondFactorAuthorization(clock, stepUp.freshFor(), policy));
        return factory;
    }

    /** A teammate missing the code factor is sent to the code page (the page asked for is kept for after). */
    static AccessDeniedHandler missingFactorSendsToCode(AccessDeniedHandler otherwise) {
        DelegatingMissingAuthorityAccessDeniedHandler handler = DelegatingMissingAuthorityAccessDeniedHandler.builder()
                .addEntryPointFor(new LoginUrlAuthenticationEntryPoint(CODE_PATH), SecondFactorAuthorization.TOTP_FACTOR)
                .build();
        handler.setDefaultAccessDeniedHandler(otherwise);
        handler.setRequestCache(new HttpSessionRequestCache());
        return handler;
    }
}
