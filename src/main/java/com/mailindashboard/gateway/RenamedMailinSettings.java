package com.mailindashboard.gateway;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Stops the start when a renamed {@code mailin.*} setting is still set (in any of its forms: file, environment
 * variable, system property), so an old value is never silently ignored. Runs after the configuration files are
 * read.
 */
class RenamedMailinSettings implements EnvironmentPostProcessor, Ordered {

    static final String OLD_MAX_ATTEMPTS = "mailin.retry.max-attempts";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (Binder.get(environment).bind(OLD_MAX_ATTEMPTS, String.class).isBound()) {
            throw new IllegalStateException(OLD_MAX_ATTEMPTS + " was renamed: set mailin.retry.max-retries instead"
                    + " (how many times a read is retried after its first attempt)");
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
