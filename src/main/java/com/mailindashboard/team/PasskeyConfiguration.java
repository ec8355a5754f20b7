package com.mailindashboard.team;

import com.mailindashboard.audit.AuditLog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/** Passkeys stored in the dashboard's database through Spring Security's JDBC repositories (issue 13). */
@Configuration(proxyBeanMethods = false)
class PasskeyConfiguration {

    @Bean
    PasskeySettings passkeySettings(PasskeyProperties properties, Environment environment) {
        return PasskeySettings.resolve(properties, environment.getProperty("dashboard.public-url", ""),
                environment.getProperty("server.port", Integer.class, 8080));
    }

    @Bean
    PublicKeyCredentialUserEntityRepository passkeyUserEntities(JdbcTemplate jdbc) {
        return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
    }

    @Bean
    UserCredentialRepository passkeyCredentials(JdbcTemplate jdbc, PublicKeyCredentialUserEntityRepository userEntities,
                                                AuditLog audit) {
        return new AuditedUserCredentialRepository(new JdbcUserCredentialRepository(jdbc), userEntities, audit);
    }
}
