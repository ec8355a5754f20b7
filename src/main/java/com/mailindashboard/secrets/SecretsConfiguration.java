package com.mailindashboard.secrets;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SecretsConfiguration {

    @Bean
    SecretCipher secretCipher(StorageProperties storage) {
        return new SecretCipher(SecretKeySource.keys(storage.secretKey(), storage.dataPath()));
    }
}
