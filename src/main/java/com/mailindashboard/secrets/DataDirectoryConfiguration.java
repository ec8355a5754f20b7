package com.mailindashboard.secrets;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Secures the data directory before any bean opens the database (H2 creates its files inside
 * it), and its files once more when the application is ready (the files H2 just created).
 */
@Configuration(proxyBeanMethods = false)
class DataDirectoryConfiguration {

    @Bean
    static BeanFactoryPostProcessor dataDirectoryBeforeTheDatabase(Environment environment) {
        return beanFactory -> directory(environment).secure();
    }

    @Bean
    static ApplicationListener<ApplicationReadyEvent> dataDirectoryFilesOwnerOnly(Environment environment) {
        return event -> directory(environment).secure();
    }

    private static DataDirectory directory(Environment environment) {
        // before the configuration properties beans exist: bound here from the environment directly
        return new DataDirectory(Binder.get(environment).bind("dashboard", StorageProperties.class)
                .orElseThrow(() -> new IllegalStateException("dashboard.data-dir is not set")).dataPath());
    }
}
