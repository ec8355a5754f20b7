package com.mailindashboard.secrets;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SecretsConfiguration {

    @Bean
    SecretCipher secretCipher(@Value("${dashboard.secret-key:}") String configuredKey,
                              @Value("${dashboard.data-dir:./data}") String dataDir) {
        return new SecretCipher(SecretKeySource.resolve(configuredKey, Path.of(dataDir)));
    }
}
