package com.mailindashboard.support;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a Spring test context at a fresh database of its own on the shared PostgreSQL server. */
public class PostgresDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        PostgresServer server = PostgresServer.get();
        String url = server.createDatabase("dashboard");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-postgres", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", server.user(),
                "spring.datasource.password", server.password(),
                "spring.datasource.driver-class-name", "org.postgresql.Driver")));
    }
}
